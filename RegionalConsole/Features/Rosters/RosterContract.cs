using RegionalConsole.Features.Cancellations;

namespace RegionalConsole.Features.Rosters;

/// <summary>POST /api/v1/courses/{courseNo}/roster (SPEC §10).</summary>
public sealed record RosterBody(List<RosterAttendeeBody?>? Attendees);

public sealed record RosterAttendeeBody(string? NationalId, decimal? Hours);

/// <summary>The roster as stored: its version, its review item's due date and its checks (SPEC §5.6).</summary>
public sealed record RosterAnswer(
    string CourseNo,
    int RosterVersion,
    string Status,
    string Centre,
    DateOnly ReviewDueDate,
    int Attendees,
    IReadOnlyList<RosterCheckAnswer> Checks);
