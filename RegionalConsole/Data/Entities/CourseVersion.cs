using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Data.Entities;

/// <summary>One submission of a course's content; a change after a decision is a new version (第11條第8款).</summary>
public class CourseVersion
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public Course? Course { get; set; }
    public int VersionNo { get; set; }
    public DateTime SubmittedAt { get; set; }

    public required string Title { get; set; }
    public List<string> Tags { get; set; } = [];
    public string? Outline { get; set; }
    public string? ApprovalDocNo { get; set; }
    public DeliveryMode DeliveryMode { get; set; }
    public OnlineKind? OnlineKind { get; set; }
    public List<string> Software { get; set; } = [];
    public string? SoftwareOther { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public decimal DeclaredHours { get; set; }
    public List<string> Audience { get; set; } = [];
    public string? ScheduleText { get; set; }

    public int CreditableMinutes { get; set; }
    public int JudgementMinutes { get; set; }
    public int ErrorCount { get; set; }
    public int WarningCount { get; set; }

    /// <summary>Free-text lines of the schedule that were notes, not times (課程表及注意事項).</summary>
    public List<string> ScheduleNotes { get; set; } = [];

    public List<ScheduleSegment> Segments { get; set; } = [];
    public List<StoredCheckResult> Checks { get; set; } = [];

    /// <summary>When this version happens, as the postponement rule compares versions (needs <see cref="Segments"/> loaded).</summary>
    public CourseTiming Timing() => new(StartDate, EndDate,
        [.. Segments.OrderBy(s => s.Index).Select(s => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{s.Date:yyyy-MM-dd} {s.Start}-{s.End}"))]);

    /// <summary>The stored form of a checked version: segments with their classification, and the check results.</summary>
    public static CourseVersion From(CourseDraft draft, CourseCheckReport report, int versionNo, DateTime submittedAt) => new()
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

    private static string? Time(TimeOnly? time) => time is { } t ? ScheduleTime.Format(t) : null;
}

/// <summary>A schedule line (課程表) with the classification the non-creditable time rule gave it.</summary>
public class ScheduleSegment
{
    public long Id { get; set; }
    public int CourseVersionId { get; set; }
    public int Index { get; set; }
    public DateOnly? Date { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Activity { get; set; }
    public SegmentClassification Classification { get; set; }
    public ExcludedCategory? Category { get; set; }
    public string? Term { get; set; }

    /// <summary>The segment's length in minutes (0 when its times cannot be read or it has no end).</summary>
    public int Minutes { get; set; }
}

/// <summary>A check result stored with the version it was computed for (SPEC §5).</summary>
public class StoredCheckResult
{
    public long Id { get; set; }
    public int CourseVersionId { get; set; }
    public required string Code { get; set; }
    public CheckSeverity Severity { get; set; }
    public required string Message { get; set; }
    public required string Rule { get; set; }
    public string? Evidence { get; set; }
    public string? Tag { get; set; }
}
