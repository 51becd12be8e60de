using RegionalConsole.Data.Entities;

namespace RegionalConsole.Features.Rosters;

/// <summary>The roster under review (SPEC §5.6, §6), already masked for the person reading it.</summary>
public sealed record RosterSheet(
    int RosterId,
    int VersionNo,
    DateTime SubmittedAt,
    bool IdsMasked,
    IReadOnlyList<RosterAttendeeRow> Attendees,
    IReadOnlyList<StoredCheckResult> Checks,
    IReadOnlyList<HourRuling> Rulings)
{
    public decimal TotalHours => Attendees.Sum(a => a.Hours);
}

/// <param name="NationalId">Masked unless the reader's role needs it whole (<see cref="Domain.Rosters.NationalIdDisplay"/>).</param>
/// <param name="Synced">The teacher sync knows this person; otherwise name and school are unknown.</param>
/// <param name="SchoolName">The serving school's name; null = 無服務學校 (when synced).</param>
/// <param name="Flags">The checks about this attendee.</param>
public sealed record RosterAttendeeRow(
    int Index,
    string NationalId,
    bool Synced,
    string? TeacherName,
    string? SchoolName,
    decimal Hours,
    IReadOnlyList<StoredCheckResult> Flags);

/// <summary>Hours issued for a course (核發時數), per teacher, masked for the reader.</summary>
public sealed record IssuedHoursRow(string NationalId, string? TeacherName, decimal Hours, DateOnly IssuedDate, int RosterVersion);
