using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RegionalConsole.Components;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Queues;

/// <summary>A queue row's cells as HTML rendered outside the circuit (StaticHtml): encoded, localised, complete.</summary>
public sealed class QueueRowCellsTests : ComponentTestContext
{
    public QueueRowCellsTests()
    {
        Services.AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddStaticHtml();
    }

    [Fact]
    public async Task ATitleWithMarkupIsShownAsTextNotInterpretedAsHtml()
    {
        var html = await CellsAsync(Row(title: "<script>alert(1)</script>研習"));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;研習", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachRowGetsItsOwnEightCellsWithCourseNumberStateAndFlags()
    {
        var cells = await Services.GetRequiredService<StaticHtml>()
            .RenderEachAsync<QueueRowCells, QueueRowView>([View(Row(courseNo: "1150000001")), View(Row(courseNo: "1150000002", errors: 2))], nameof(QueueRowCells.View));

        Assert.Equal(2, cells.Count);
        Assert.Equal(9, CountOf(cells[0].Value, "<td"));
        Assert.Contains(">1150000001</a>", cells[0].Value, StringComparison.Ordinal);
        Assert.Contains(">1150000002</a>", cells[1].Value, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"sla-state\"", cells[0].Value, StringComparison.Ordinal);
        Assert.Contains("錯誤 2", cells[1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCellsSpeakTheReadersLanguage()
    {
        var english = new CultureInfo("en");
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (english, english);

        var html = await CellsAsync(Row(urgent: true));

        Assert.Contains(">Urgent<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("急件", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUrgentOpenItemCarriesTheUrgentChipAndADecidedOneDoesNot()
    {
        Assert.Contains("data-testid=\"urgent\"", await CellsAsync(Row(urgent: true)), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"urgent\"", await CellsAsync(Row(urgent: true) with { Outcome = ReviewOutcome.Approved }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnclaimedOpenItemOffersItsClaimButtonToTheRowsAction()
    {
        var html = await CellsAsync(View(Row(id: 42)));

        Assert.Contains("data-queue-action=\"claim\" data-id=\"42\" data-testid=\"claim\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-queue-action=\"claim\"", await CellsAsync(View(Row(id: 42)) with { Claimable = false }), StringComparison.Ordinal);
        Assert.DoesNotContain("data-queue-action=\"claim\"", await CellsAsync(View(Row(id: 42) with { Outcome = ReviewOutcome.Approved })), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHeldItemShowsItsHolderAndOffersReleaseOnlyToWhoMayRelease()
    {
        var held = Row(id: 7) with { AssigneeId = 3, AssigneeName = "陳志明" };

        var mayRelease = await CellsAsync(View(held) with { Releasable = true });
        var mayNot = await CellsAsync(View(held));

        Assert.Contains("<span data-testid=\"assignee\">陳志明</span>", mayRelease, StringComparison.Ordinal);
        Assert.Contains("data-queue-action=\"release\" data-id=\"7\"", mayRelease, StringComparison.Ordinal);
        Assert.Contains("陳志明", mayNot, StringComparison.Ordinal);
        Assert.DoesNotContain("data-queue-action=\"release\"", mayNot, StringComparison.Ordinal);
        Assert.DoesNotContain("data-queue-action=\"claim\"", mayRelease, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASelectableRowHasACheckboxTickedWhenSelected()
    {
        var ticked = await CellsAsync(View(Row(id: 5)) with { Selectable = true, Selected = true });
        var unticked = await CellsAsync(View(Row(id: 5)) with { Selectable = true });

        Assert.Contains("<input type=\"checkbox\" checked", ticked, StringComparison.Ordinal);
        Assert.Contains("data-queue-action=\"select\" data-id=\"5\"", unticked, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", unticked, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"checkbox\"", await CellsAsync(View(Row(id: 5))), StringComparison.Ordinal);
    }

    [Fact]
    public void RowsThatRenderTheSameShareTheirRenderKeyAndAnyChangeMakesANewOne()
    {
        var row = Row(id: 9);
        var again = Row(id: 9); // A reload reads the same values into a new row.

        Assert.Equal(View(row), View(again));
        Assert.NotEqual(View(row), View(row with { Title = "[數位學習]" + row.Title }));
        Assert.NotEqual(View(row), View(row with { AssigneeName = "林冠宇", AssigneeId = 2 }));
        Assert.NotEqual(View(row), View(row) with { Selected = true });
    }

    [Fact]
    public async Task AReloadKeepsTheHtmlOfRowsThatDidNotChangeAndRendersTheOneThatDid()
    {
        var rows = new QueueRowHtml(Services.GetRequiredService<StaticHtml>());
        QueueRow[] page = [Row(id: 1, courseNo: "1150000001"), Row(id: 2, courseNo: "1150000002"), Row(id: 3, courseNo: "1150000003")];
        var first = await rows.RenderAsync(page.Select(View));

        // The same page read again (new rows of the same values), with item 2 claimed meanwhile.
        var again = await rows.RenderAsync(page.Select(r => r.Id == 2 ? r with { AssigneeId = 4, AssigneeName = "林冠宇" } : r with { }).Select(View));

        Assert.Equal([1, 2, 3], again.Select(r => r.Id));
        Assert.Same(first[0].Html.Value, again[0].Html.Value);
        Assert.Same(first[2].Html.Value, again[2].Html.Value);
        Assert.NotSame(first[1].Html.Value, again[1].Html.Value);
        Assert.Contains("林冠宇", again[1].Html.Value, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"claim\"", first[1].Html.Value, StringComparison.Ordinal);
    }

    private async Task<string> CellsAsync(QueueRow row) => await CellsAsync(View(row));

    private async Task<string> CellsAsync(QueueRowView view) =>
        (await Services.GetRequiredService<StaticHtml>().RenderEachAsync<QueueRowCells, QueueRowView>([view], nameof(QueueRowCells.View)))[0].Value;

    private static QueueRowView View(QueueRow row) => new(row, Selectable: false, Selected: false, Claimable: true, Releasable: false);

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static QueueRow Row(string courseNo = "1150000001", string title = "閱讀理解教學研習", bool urgent = false, int errors = 0, int id = 1) =>
        new(id, ReviewKind.Course, courseNo, title, "臺北市立建國高級中學",
            new DateTime(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 11, 27), 2, new DateOnly(2026, 12, 10),
            urgent, SlaState.OnTrack, null, null, errors, 0, null);
}
