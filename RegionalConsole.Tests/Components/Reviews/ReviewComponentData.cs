using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Tests.Components.Reviews;

/// <summary>Stored course versions as the review screen receives them.</summary>
internal static class ReviewComponentData
{
    private static readonly DateOnly Day = new(2026, 12, 1);

    public static CourseVersion Version(int versionNo = 1, string? outline = "旨在提升教師跨文化課程設計能力。", decimal hours = 3) => new()
    {
        Id = versionNo,
        VersionNo = versionNo,
        Title = "【國際教育】跨文化課程設計工作坊",
        Outline = outline,
        StartDate = Day,
        EndDate = Day,
        DeclaredHours = hours,
        Audience = ["ElementaryTeacher"],
        CreditableMinutes = 90,
        JudgementMinutes = 90,
        Segments =
        [
            Segment(0, "08:30", "09:00", "報 到", SegmentClassification.Excluded, ExcludedCategory.SignInOut, "報到", 30),
            Segment(1, "09:00", "10:30", "開幕式暨專題演講", SegmentClassification.Mixed, ExcludedCategory.OpeningClosing, "開幕", 90),
            Segment(2, "10:30", "12:00", "專題演講：國際教育2.0", SegmentClassification.Creditable, null, null, 90),
            Segment(3, "13:00", "14:00", "政令宣導", SegmentClassification.UnderDiscussion, null, "政令宣導", 60),
        ],
    };

    public static StoredCheckResult Check(string code, CheckSeverity severity, string message, string? evidence = null) => new()
    {
        Code = code,
        Severity = severity,
        Message = message,
        Rule = "管理規定第10條第4款",
        Evidence = evidence,
    };

    private static ScheduleSegment Segment(int index, string start, string end, string activity, SegmentClassification classification,
        ExcludedCategory? category, string? term, int minutes) => new()
        {
            Index = index,
            Date = Day,
            Start = start,
            End = end,
            Activity = activity,
            Classification = classification,
            Category = category,
            Term = term,
            Minutes = minutes,
        };
}
