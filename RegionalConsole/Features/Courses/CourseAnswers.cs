using System.Globalization;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Features.Courses;

/// <summary>Builds the API answer (SPEC §10) from a fresh check report or from a stored version.</summary>
public static class CourseAnswers
{
    public static CourseAnswer FromReport(CourseCheckReport report, string? courseNo, string? centre, CourseStatus? status, DateOnly? due, int? version = null) =>
        new(courseNo, centre, status?.ToString(), Iso(due), report.CreditableMinutes, report.JudgementMinutes,
            [.. report.Segments.Select(s => new SegmentAnswer(s.Index, s.Classification.ToString(), s.Category?.ToString(), s.Term,
                Iso(s.Date), Time(s.Start), Time(s.End), s.Activity, s.Minutes))],
            [.. report.Checks.Select(c => new CheckAnswer(c.Code, c.Severity.ToString(), c.Rule, c.Message, c.Evidence, c.Tag))],
            version);

    /// <summary>An instant as the API answers it: ISO 8601 in Taipei time with its offset (SPEC §10).</summary>
    public static string? Instant(DateTime? utc) => utc is { } u
        ? new DateTimeOffset(Domain.RocDate.ToTaipei(u), Domain.RocDate.Taipei.GetUtcOffset(u)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
        : null;

    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Time(TimeOnly? time) => time is { } t ? ScheduleTime.Format(t) : null;
}
