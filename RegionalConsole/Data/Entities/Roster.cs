namespace RegionalConsole.Data.Entities;

public class Roster
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public int VersionNo { get; set; }
    public DateTime SubmittedAt { get; set; }
    public List<RosterAttendee> Attendees { get; set; } = [];

    /// <summary>The roster checks of SPEC §5.6, computed on arrival.</summary>
    public List<RosterCheckResult> Checks { get; set; } = [];
}

/// <summary>A roster check result stored with its roster; <see cref="AttendeeIndex"/> is null for the whole roster.</summary>
public class RosterCheckResult
{
    public long Id { get; set; }
    public int RosterId { get; set; }
    public int? AttendeeIndex { get; set; }
    public required string Code { get; set; }
    public Domain.Checks.CheckSeverity Severity { get; set; }
    public required string Message { get; set; }
    public required string Rule { get; set; }
    public string? Evidence { get; set; }
}

public class RosterAttendee
{
    public long Id { get; set; }
    public int RosterId { get; set; }
    public required string NationalId { get; set; }
    public decimal Hours { get; set; }

    /// <summary>The attendee's position in the roster as sent (attendees[i]).</summary>
    public int Index { get; set; }
}
