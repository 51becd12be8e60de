using Bunit;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Reviews;

public sealed class ScheduleTableTests : ComponentTestContext
{
    [Fact]
    public void EachSegmentShowsItsClassificationInChinese()
    {
        var table = Render<ScheduleTable>(p => p.Add(x => x.Version, ReviewComponentData.Version()));

        var chips = table.FindAll("[data-testid=segment-chip]").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["不採計・報到簽退", "待判斷・開閉幕", "可採計", "研議中"], chips);
    }

    [Fact]
    public void TheDecidingTermIsHighlightedWhereItWasTyped()
    {
        var table = Render<ScheduleTable>(p => p.Add(x => x.Version, ReviewComponentData.Version()));

        var marks = table.FindAll("[data-testid=deciding-term]").Select(m => m.TextContent).ToList();
        Assert.Equal(["報 到", "開幕", "政令宣導"], marks);
        var mixed = table.FindAll("[data-testid=segment-row]")[1];
        Assert.Equal("開幕式暨專題演講", mixed.QuerySelector("mark")!.ParentElement!.TextContent.Trim());
    }

    [Fact]
    public void ASegmentToJudgeStandsOut()
    {
        var table = Render<ScheduleTable>(p => p.Add(x => x.Version, ReviewComponentData.Version()));

        var rows = table.FindAll("[data-testid=segment-row]");
        Assert.Contains("rc-judge", rows[1].ClassList);
        Assert.DoesNotContain("rc-judge", rows[2].ClassList);
    }

    [Fact]
    public void DatesAreInTheRocCalendarAndTotalsAreShown()
    {
        var table = Render<ScheduleTable>(p => p.Add(x => x.Version, ReviewComponentData.Version()));

        Assert.StartsWith("115/12/01", table.FindAll("[data-testid=segment-row] td")[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("可採計 90 分", table.Find("[data-testid=schedule-totals]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ACourseWithoutScheduleSaysSo()
    {
        var version = ReviewComponentData.Version();
        version.Segments.Clear();

        var table = Render<ScheduleTable>(p => p.Add(x => x.Version, version));

        Assert.Single(table.FindAll("[data-testid=schedule-empty]"));
        Assert.Empty(table.FindAll("[data-testid=segment-row]"));
    }
}
