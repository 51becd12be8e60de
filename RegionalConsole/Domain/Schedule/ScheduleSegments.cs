namespace RegionalConsole.Domain.Schedule;

/// <summary>
/// One line of a course's 課程表 as the API's <c>schedule</c> items carry it: times as typed (HH:mm, H:mm, HHmm,
/// full-width), <see cref="End"/> may be omitted (SPEC §5.3, §10).
/// </summary>
public sealed record ScheduleSegmentInput(DateOnly? Date, string? Start, string? End, string? Activity);

/// <summary>
/// A segment as the console judged it: its classification and deciding term, and its date and times resolved
/// (a missing date is the previous segment's, a missing end is where the next segment of the day starts).
/// </summary>
/// <param name="Index">Position in the schedule, from 0, as the API answers it.</param>
/// <param name="Minutes">Its length; 0 when it counts nothing (an unreadable time, an open end).</param>
public sealed record ScheduleSegmentResult(
    int Index,
    SegmentClassification Classification,
    ExcludedCategory? Category,
    string? Term,
    DateOnly Date,
    TimeOnly? Start,
    TimeOnly? End,
    string? Activity,
    int Minutes);

/// <summary>What <see cref="ScheduleAnalyzer"/> found in a schedule.</summary>
/// <param name="CreditableMinutes">The union of Creditable and UnderDiscussion segments, overlaps counted once.</param>
/// <param name="JudgementMinutes">Mixed time not already inside creditable time.</param>
public sealed record ScheduleAnalysis(
    IReadOnlyList<ScheduleSegmentResult> Segments,
    int CreditableMinutes,
    int JudgementMinutes,
    IReadOnlyList<Checks.CheckResult> Checks);
