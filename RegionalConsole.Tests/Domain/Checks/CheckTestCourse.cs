using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Tests.Domain.Checks;

/// <summary>A complete, clean course (the API example of SPEC §10, made consistent) that each test changes one thing in.</summary>
internal static class CheckTestCourse
{
    public static readonly DateOnly Day = new(2026, 12, 1);

    public static CourseDraft Clean { get; } = new()
    {
        ExternalId = "TN-115-000123",
        OrganiserCode = "213501",
        Title = "【國際教育】跨文化課程設計工作坊（第1場）",
        Tags = ["國際教育"],
        Outline = "旨在提升教師設計跨文化課程的能力，透過實作發展國際教育教案。",
        ApprovalDocNo = "府教研字第1150000001號",
        StartDate = Day,
        EndDate = Day,
        DeclaredHours = 3,
        Audience = [Audience.ElementaryTeacher],
        Schedule =
        [
            new(Day, "08:30", "09:00", "報到"),
            new(Day, "09:00", "12:00", "專題演講：國際教育2.0"),
        ],
    };

    public static CourseCheckReport Check(CourseDraft draft, CheckContext? context = null) =>
        CourseChecker.Standard.Check(draft, context ?? CheckContext.Default);

    public static IReadOnlyList<CheckResult> Run(ICourseCheck check, CourseDraft draft, CheckContext? context = null)
    {
        context ??= CheckContext.Default;
        var results = new List<CheckResult>();
        var analysis = ScheduleAnalyzer.Analyze(draft.Schedule, draft.StartDate, draft.EndDate, draft.DeclaredHours, context.Terms);
        check.Check(new CourseUnderCheck(draft, context, draft.Schedule ?? [], null, analysis), results);
        return results;
    }

    public static CheckContext WithTitles(params string[] titles) => new() { OrganiserCourseTitles = titles };
}
