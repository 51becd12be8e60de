using System.Globalization;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
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

    public static CourseAnswer FromStored(Course course, CourseVersion version, DateOnly? due) =>
        new(course.CourseNo, course.CentreCode, course.Status.ToString(), Iso(due), version.CreditableMinutes, version.JudgementMinutes,
            [.. version.Segments.OrderBy(s => s.Index).Select(s => new SegmentAnswer(s.Index, s.Classification.ToString(), s.Category?.ToString(),
                s.Term, Iso(s.Date), s.Start, s.End, s.Activity, s.Minutes))],
            [.. version.Checks.OrderBy(c => c.Id).Select(c => new CheckAnswer(c.Code, c.Severity.ToString(), c.Rule, c.Message, c.Evidence, c.Tag))],
            version.VersionNo);

    /// <summary>The stored form of a checked version: segments with their classification, and the check results.</summary>
    public static CourseVersion ToVersion(CourseDraft draft, CourseCheckReport report, int versionNo, DateTime submittedAt) => new()
    {
        VersionNo = versionNo,
        SubmittedAt = submittedAt,
        Title = draft.Title ?? "",
        Tags = [.. draft.Tags],
        Outline = draft.Outline,
        ApprovalDocNo = draft.ApprovalDocNo,
        DeliveryMode = draft.Delivery.Mode,
        OnlineKind = draft.Delivery.OnlineKind,
        Software = [.. draft.Delivery.Software.Select(s => s.ToString())],
        SoftwareOther = draft.Delivery.SoftwareOther,
        StartDate = draft.StartDate,
        EndDate = draft.EndDate,
        DeclaredHours = draft.DeclaredHours,
        Audience = [.. draft.Audience.Select(a => a.ToString())],
        ScheduleText = draft.ScheduleText,
        ScheduleNotes = [.. report.ScheduleNotes],
        CreditableMinutes = report.CreditableMinutes,
        JudgementMinutes = report.JudgementMinutes,
        ErrorCount = report.Checks.Count(c => c.Severity == CheckSeverity.Error),
        WarningCount = report.Checks.Count(c => c.Severity == CheckSeverity.Warning),
        Segments = [.. report.Segments.Select(s => new ScheduleSegment
        {
            Index = s.Index,
            Date = s.Date,
            Start = Time(s.Start),
            End = Time(s.End),
            Activity = s.Activity,
            Classification = s.Classification,
            Category = s.Category,
            Term = s.Term,
            Minutes = s.Minutes,
        })],
        Checks = [.. report.Checks.Select(c => new StoredCheckResult
        {
            Code = c.Code,
            Severity = c.Severity,
            Message = c.Message,
            Rule = c.Rule,
            Evidence = c.Evidence,
            Tag = c.Tag,
        })],
    };

    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Time(TimeOnly? time) => time is { } t ? ScheduleTime.Format(t) : null;
}
