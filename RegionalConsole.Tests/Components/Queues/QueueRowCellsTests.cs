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
            .RenderEachAsync<QueueRowCells, QueueRow>([Row(courseNo: "1150000001"), Row(courseNo: "1150000002", errors: 2)], nameof(QueueRowCells.Row));

        Assert.Equal(2, cells.Count);
        Assert.Equal(8, CountOf(cells[0].Value, "<td"));
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

    private async Task<string> CellsAsync(QueueRow row) =>
        (await Services.GetRequiredService<StaticHtml>().RenderEachAsync<QueueRowCells, QueueRow>([row], nameof(QueueRowCells.Row)))[0].Value;

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static QueueRow Row(string courseNo = "1150000001", string title = "閱讀理解教學研習", bool urgent = false, int errors = 0) =>
        new(1, ReviewKind.Course, courseNo, title, ["閱讀素養"], "臺北市立建國高級中學",
            new DateTime(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 11, 27), 2, new DateOnly(2026, 12, 10),
            urgent, SlaState.OnTrack, null, null, errors, 0, null);
}
