using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Data.Entities;

/// <summary>A course (研習課程) as the network knows it; its content lives in versions.</summary>
public class Course
{
    public int Id { get; set; }

    /// <summary>The network's course number, e.g. 1150012345 (ROC year + serial).</summary>
    public required string CourseNo { get; set; }

    public string? ExternalId { get; set; }
    public required string OrganiserCode { get; set; }
    public Institution? Organiser { get; set; }
    public required string CentreCode { get; set; }
    public CourseStatus Status { get; set; }
    public int CurrentVersionNo { get; set; }

    /// <summary>Denormalised from the current version so queues and statistics filter without joins.</summary>
    public required string Title { get; set; }

    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    /// <summary>How many teachers are enrolled, as the organiser's system reports it (SPEC §13.2).</summary>
    public int EnrolledCount { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The course's own contact (研習承辦人), who receives the mails about it; else the organiser's address.</summary>
    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    public List<CourseVersion> Versions { get; set; } = [];

    /// <summary>A placeholder number, unique until the course has its id and <see cref="AssignNumber"/> runs.</summary>
    public static string TemporaryNumber() => "tmp" + Guid.NewGuid().ToString("N")[..17];

    /// <summary>課程編號: the ROC year of submission and the course's serial, unique by construction.</summary>
    public void AssignNumber() => CourseNo = string.Create(
        System.Globalization.CultureInfo.InvariantCulture, $"{Domain.RocDate.Year(Domain.RocDate.TaipeiDate(CreatedAt))}{Id:D7}");
}

/// <summary>A teacher enrolled in an approved course, when the organiser's system sends the list (SPEC §13.2).</summary>
public class EnrolledTeacher
{
    public int CourseId { get; set; }
    public required string NationalId { get; set; }
}

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
