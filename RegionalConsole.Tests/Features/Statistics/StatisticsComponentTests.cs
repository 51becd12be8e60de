using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Schedule;
using RegionalConsole.Features.Oversight;
using RegionalConsole.Features.Queues;
using RegionalConsole.Features.Statistics;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Statistics;

public sealed class StatisticsComponentTests : ComponentTestContext
{
    private static readonly StatisticsFilter Filter = new(115, 3, 5, County: "09020");

    private static readonly CaseFileRow[] Cases =
    [
        new("1150001", "63000", "國語文教學研習", new DateOnly(2026, 3, 4), "09:00", "10:00", "政令宣導", SegmentClassification.UnderDiscussion,
            "政令宣導", 60, null, null, null),
        new("1150002", "63000", "數學教學研習", new DateOnly(2026, 3, 5), "13:00", "14:00", "參訪與交流", SegmentClassification.Mixed,
            null, 60, ReviewOutcome.Approved, "交流含教學觀摩", new DateOnly(2026, 3, 2)),
    ];

    [Fact]
    public void UnderEnglishTheCaseFileNamesItsColumnsClassificationsAndOutcomesInEnglish()
    {
        CultureInfo.CurrentUICulture = new("en");

        var table = Render<CaseFileTable>(p => p.Add(x => x.Rows, Cases));

        var text = table.Find("[data-testid=stat-case-file-table]").TextContent;
        Assert.Contains("Classification", text, StringComparison.Ordinal);
        Assert.Contains("Under discussion", text, StringComparison.Ordinal);
        Assert.Contains("Under review", text, StringComparison.Ordinal);
        Assert.Contains("Mixed", text, StringComparison.Ordinal);
        Assert.Contains("Approved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("研議中", text, StringComparison.Ordinal);
        Assert.DoesNotContain("審核", text, StringComparison.Ordinal);
    }

    [Fact]
    public void UnderTraditionalChineseTheCaseFileUsesTheWorkbooksWords()
    {
        var table = Render<CaseFileTable>(p => p.Add(x => x.Rows, Cases));

        var cells = table.FindAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToList()).ToList();
        Assert.Equal([StatisticsSheets.ClassificationText(SegmentClassification.UnderDiscussion), StatisticsSheets.ClassificationText(SegmentClassification.Mixed)],
            cells.Select(c => c[3]));
        Assert.Equal(["審核中", "審核通過"], cells.Select(c => c[6]));
        Assert.Contains("課程編號", table.Find("thead").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatisticDownloadsItsOwnTableWithThePagesFilter()
    {
        var panel = Render<StatPanel>(p => p.Add(x => x.Key, "county-hours").Add(x => x.Title, "各縣市核發研習時數").Add(x => x.Filter, Filter)
            .Add(x => x.Table, "<table data-testid=\"numbers\"></table>"));

        Assert.Equal("/exports/statistics/county-hours.xlsx?year=115&from=3&to=5&county=09020",
            panel.Find("[data-testid=stat-county-hours-download]").GetAttribute("href"));
        Assert.NotNull(panel.Find("[data-testid=numbers]"));
    }

    [Fact]
    public void AStatisticWithoutNumbersSaysSoInsteadOfDrawingAnEmptyChart()
    {
        var panel = Render<StatPanel>(p => p.Add(x => x.Key, "tags").Add(x => x.Title, "屬性標籤").Add(x => x.Filter, Filter).Add(x => x.Empty, true)
            .Add(x => x.Table, "<table data-testid=\"numbers\"></table>"));

        Assert.Equal(Text["StatNoData"].Value, panel.Find("[data-testid=stat-tags-empty]").TextContent);
        Assert.Empty(panel.FindAll("[data-testid=numbers]"));
    }

    [Fact]
    public void TheFilterBarOffersTheCountiesOfTheCentresThePersonMayRead()
    {
        RenderPopoverProvider();
        StatisticsCentre[] centres = [new("63000", "臺北市教師研習中心", "63000"), new("09020", "金門縣教師研習中心", "09020"), new("NATIONAL", "全國", null)];

        var bar = Render<StatisticsFilterBar>(p => p.Add(x => x.Filter, Filter).Add(x => x.Centres, centres));

        Assert.NotNull(bar.Find("[data-testid=statistics-centre]"));
        Assert.NotNull(bar.Find("[data-testid=statistics-county]"));
    }

    [Theory]
    [InlineData("zh-TW", "115")]
    [InlineData("en", "2026")]
    public void TheFilterBarsYearIsTypedAsThePagesLanguageCountsItAndStoredAsTheRocYear(string language, string shown)
    {
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new CultureInfo(language), new CultureInfo(language));
        RenderPopoverProvider();

        var bar = Render<StatisticsFilterBar>(p => p.Add(x => x.Filter, Filter).Add(x => x.Centres, []));
        Assert.Equal(shown, bar.Find("input[data-testid=statistics-year], [data-testid=statistics-year] input").GetAttribute("value"));
        bar.Find("[data-testid=statistics-apply]").Click();

        var uri = Services.GetRequiredService<NavigationManager>().Uri;
        Assert.Contains("year=115", uri, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOversightCardDrillsDownToTheCentresQueueAndShowsUnassignedWork()
    {
        var centre = new CentreOversight(new BacklogRow("09020", "金門縣教師研習中心", 4, 2, 3),
            [new CompliancePoint(115, 11, 10, 9)], [new ReviewerLoad("陳怡君", 5, 2), new ReviewerLoad(null, 4, 1)]);

        var card = Render<OversightCentreCard>(p => p.Add(x => x.Centre, centre));

        Assert.Equal("/queues/course?centre=09020", card.Find("[data-testid=oversight-09020-queue]").GetAttribute("href"));
        Assert.Equal("9", card.Find("[data-testid=oversight-backlog]").TextContent);
        Assert.Equal("3", card.Find("[data-testid=oversight-overdue]").TextContent);
        Assert.Contains(Text["OversightUnassigned"].Value, card.Find("[data-testid=oversight-load]").TextContent, StringComparison.Ordinal);
        Assert.Contains("90", card.Find("[data-testid=oversight-trend]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheQueueExportLinkCarriesTheGridsFilters()
    {
        var href = QueueExportButton.Href("63000", ReviewKind.Roster, new QueueFilter { State = QueueState.Overdue, HasErrors = true, Search = "繪本 研習" });

        Assert.Equal("/exports/queues/roster.xlsx?centre=63000&state=Overdue&assignee=Anyone&errors=true&search=%E7%B9%AA%E6%9C%AC%20%E7%A0%94%E7%BF%92", href);
    }
}
