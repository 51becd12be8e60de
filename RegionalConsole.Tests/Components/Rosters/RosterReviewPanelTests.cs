using Bunit;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Features.Rosters;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Rosters;

public sealed class RosterReviewPanelTests : ComponentTestContext
{
    private static readonly StoredCheckResult NoSchool = new()
    {
        Code = "ROSTER_NO_SERVING_SCHOOL",
        Severity = CheckSeverity.Warning,
        Message = "研習教師帳號無服務學校。",
        Rule = "管理規定第5條",
        Evidence = "B12****780",
    };

    private static RosterSheet Sheet(params RosterAttendeeRow[] rows) =>
        new(1, 1, new DateTime(2026, 11, 24, 2, 0, 0, DateTimeKind.Utc), true, rows, [NoSchool], []);

    private static readonly RosterAttendeeRow Serving = new(0, "A12****789", true, "王小明", "臺北市立建國高級中學", 3, []);
    private static readonly RosterAttendeeRow Without = new(1, "B12****780", true, "林代課", null, 3, [NoSchool]);
    private static readonly RosterAttendeeRow Unsynced = new(2, "C12****781", false, null, null, 2.5m, []);

    [Fact]
    public void AnAttendeeWithoutSchoolShowsNoServingSchoolAndTheFlag()
    {
        var panel = Render<RosterReviewPanel>(p => p.Add(x => x.Sheet, Sheet(Serving, Without)));

        var row = panel.FindAll("[data-testid=roster-attendee]")[1];
        Assert.Contains("林代課", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector("[data-testid=no-serving-school]"));
        Assert.Equal("ROSTER_NO_SERVING_SCHOOL", row.QuerySelector("[data-testid=roster-flag]")!.GetAttribute("data-code"));
    }

    [Fact]
    public void AServingTeacherShowsTheSchoolAndNoFlag()
    {
        var panel = Render<RosterReviewPanel>(p => p.Add(x => x.Sheet, Sheet(Serving)));

        var row = panel.Find("[data-testid=roster-attendee]");
        Assert.Contains("臺北市立建國高級中學", row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("[data-testid=no-serving-school]"));
        Assert.Null(row.QuerySelector("[data-testid=roster-flag]"));
    }

    [Fact]
    public void AnUnsyncedTeacherIsNotShownAsWithoutSchool()
    {
        var panel = Render<RosterReviewPanel>(p => p.Add(x => x.Sheet, Sheet(Unsynced)));

        var row = panel.Find("[data-testid=roster-attendee]");
        Assert.Contains("未同步", row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("[data-testid=no-serving-school]"));
    }

    [Fact]
    public void TheSummaryCountsAttendeesAndHoursAndSaysIdsAreMasked()
    {
        var panel = Render<RosterReviewPanel>(p => p.Add(x => x.Sheet, Sheet(Serving, Without, Unsynced)));

        var summary = panel.Find("[data-testid=roster-summary]").TextContent;
        Assert.Contains("3 人", summary, StringComparison.Ordinal);
        Assert.Contains("8.5 小時", summary, StringComparison.Ordinal);
        Assert.Contains("已遮蔽", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AMatchingRulingIsShownWithItsLegalBasis()
    {
        var ruling = RegionalConsole.Data.Seeding.DemoRulings.FirstAid(ConsoleAppFactory.DefaultNow.UtcDateTime);

        var panel = Render<RosterReviewPanel>(p => p.Add(x => x.Sheet, Sheet(Serving) with { Rulings = [ruling] }));

        var shown = panel.Find("[data-testid=matching-ruling]").TextContent;
        Assert.Contains("基本救命術訓練", shown, StringComparison.Ordinal);
        Assert.Contains(ruling.LegalBasis, shown, StringComparison.Ordinal);
    }
}
