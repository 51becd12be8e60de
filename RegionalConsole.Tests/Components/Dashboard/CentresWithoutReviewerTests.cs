using Bunit;
using RegionalConsole.Features.Dashboard;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Dashboard;

public sealed class CentresWithoutReviewerTests : ComponentTestContext
{
    [Fact]
    public void NothingShowsWhenEveryCentreHasAReviewer()
    {
        var panel = Render<CentresWithoutReviewer>(p => p.Add(c => c.Items, []));

        Assert.Empty(panel.FindAll("[data-testid=centres-without-reviewer]"));
    }

    [Fact]
    public void EachUnstaffedCentreIsListedWithItsOpenItemsAndLinksToItsQueue()
    {
        CentreSummary[] centres = [new("10016", "澎湖縣區域管理中心", 3, 1, 2, 0), new("K12EA", "國教署區域管理中心", 0, 0, 0, 0)];

        var panel = Render<CentresWithoutReviewer>(p => p.Add(c => c.Items, centres));

        Assert.Contains("有 2 個區域管理中心沒有啟用中的審核人員", panel.Markup, StringComparison.Ordinal);
        var rows = panel.FindAll("[data-testid=centre-without-reviewer]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("待審課程 3、待審名單 1、待查停辦 2", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("/queues/course?centre=10016", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/queues/course?centre=K12EA", rows[1].QuerySelector("a")!.GetAttribute("href"));
    }
}
