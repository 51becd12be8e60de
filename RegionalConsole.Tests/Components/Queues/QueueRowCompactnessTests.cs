using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RegionalConsole.Components;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Queues;

/// <summary>A queue row as a dense work queue shows it (issue #19): one line, ellipses with the whole text kept, urgency in words.</summary>
public sealed class QueueRowCompactnessTests : ComponentTestContext
{
    public QueueRowCompactnessTests()
    {
        Services.AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddStaticHtml();
    }

    [Fact]
    public async Task ARowHasNoLineBreakSoThatItStaysOneLineHigh()
    {
        var html = await CellsAsync(Row(urgent: true));

        Assert.DoesNotContain("<br", html, StringComparison.Ordinal);
        Assert.Contains("115/11/24 09:00", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALongOrganiserNameEndsInAnEllipsisAndKeepsTheWholeNameInItsTitle()
    {
        var html = await CellsAsync(Row(organiser: "財團法人臺北市私立某某教育基金會附設教師研習中心"));

        Assert.Contains("class=\"rc-q-ellipsis\" title=\"財團法人臺北市私立某某教育基金會附設教師研習中心\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATitleIsOneEllipsedLineWithTheWholeTitleInItsTitle()
    {
        var html = await CellsAsync(Row(title: "一個很長很長的研習名稱"));

        Assert.Contains("rc-q-ellipsis\" title=\"一個很長很長的研習名稱\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUrgentItemSaysWhyInWordsNotOnlyInATooltip()
    {
        var html = await CellsAsync(Row(urgent: true));

        Assert.Contains($"data-testid=\"urgent-reason\">{Text["QueueUrgentReason"]}</span>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "rc-q-days rc-q-days-soon", "剩 1 個工作天")]
    [InlineData(0, "rc-q-days rc-q-days-soon", "今日到期")]
    [InlineData(-1, "rc-q-days rc-q-days-overdue", "逾期 1 個工作天")]
    [InlineData(3, "rc-q-days", "剩 3 個工作天")]
    public async Task DaysLeftCarryTheGridsContrastSafeColourClass(int left, string cssClass, string words)
    {
        var html = await CellsAsync(Row() with { WorkingDaysLeft = left });

        Assert.Contains($"class=\"{cssClass}\" data-testid=\"days-left\">{words}</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStateChipUsesTheGridsOwnColoursNotMudBlazorsLowContrastWarning()
    {
        var html = await CellsAsync(Row() with { State = SlaState.DueSoon });

        Assert.Contains("rc-q-state-soon", html, StringComparison.Ordinal);
        Assert.DoesNotContain("mud-chip-color-warning", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InEnglishTheRowsDatesAreGregorian()
    {
        var english = new CultureInfo("en");
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (english, english);

        var html = await CellsAsync(Row());

        Assert.Contains("2026-11-27", html, StringComparison.Ordinal);
        Assert.Contains("2026-11-24 09:00", html, StringComparison.Ordinal);
        Assert.DoesNotContain("115/", html, StringComparison.Ordinal);
    }

    private async Task<string> CellsAsync(QueueRow row) =>
        (await Services.GetRequiredService<StaticHtml>().RenderEachAsync<QueueRowCells, QueueRowView>(
            [new QueueRowView(row, Selectable: false, Selected: false, Claimable: true, Releasable: false)], nameof(QueueRowCells.View)))[0].Value;

    private static QueueRow Row(string title = "閱讀理解教學研習", bool urgent = false, string organiser = "臺北市立建國高級中學") =>
        new(1, ReviewKind.Course, "1150000001", title, organiser,
            new DateTime(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 11, 27), 2, new DateOnly(2026, 12, 10),
            urgent, SlaState.OnTrack, null, null, 0, 0, null);
}
