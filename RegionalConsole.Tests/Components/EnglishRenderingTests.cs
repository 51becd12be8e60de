using System.Globalization;
using System.Text.RegularExpressions;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using RegionalConsole.Components;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components;

/// <summary>
/// One language at a time (issue #19): the main components rendered in English carry no Chinese punctuation and no ROC
/// date, and MudBlazor's own words follow the page's language through <see cref="ConsoleMudLocalizer"/>.
/// </summary>
public sealed partial class EnglishRenderingTests : ComponentTestContext
{
    public EnglishRenderingTests()
    {
        Services.AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddStaticHtml();
        Services.AddTransient<MudLocalizer, ConsoleMudLocalizer>();
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
    }

    internal static void English()
    {
        var english = new CultureInfo("en");
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (english, english);
    }

    [Fact]
    public async Task QueueRowsInEnglishHaveNoChinesePunctuationNorRocDates()
    {
        English();
        var row = new QueueRow(1, ReviewKind.Course, "1150000001", "Reading", "Jianguo High School",
            new DateTime(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 11, 27), -1, new DateOnly(2026, 11, 26),
            true, SlaState.Overdue, null, null, 2, 1, null);

        var html = (await Services.GetRequiredService<StaticHtml>().RenderEachAsync<QueueRowCells, QueueRowView>(
            [new QueueRowView(row, true, false, true, false)], nameof(QueueRowCells.View)))[0].Value;

        AssertEnglishOnly(html);
    }

    [Fact]
    public void TheQueueFiltersAndPagerInEnglishHaveNoChinesePunctuation()
    {
        English();

        AssertEnglishOnly(Render<QueueFilters>(p => p.Add(f => f.Value, new QueueFilter { Search = "x" })).Markup);
        AssertEnglishOnly(Render<QueuePager>(p => p.Add(x => x.Total, 335).Add(x => x.Shown, 25)).Markup);
    }

    [Fact]
    public void TheCalendarMonthInEnglishHasNoChinesePunctuationNorRocDates()
    {
        English();
        var days = CalendarMonth.Days(2026, 10, [.. OfficeCalendarCsv.LoadShipped().SelectMany(y => y.Days)], [new RegionalConsole.Domain.Calendar.CountyClosure("63000", new DateOnly(2026, 10, 14), "Typhoon")]);

        var grid = Render<CalendarMonthGrid>(p => p.Add(g => g.Days, days));

        AssertEnglishOnly(grid.Markup);
    }

    [Fact]
    public void MudBlazorsOwnWordsAreChineseInZhTw()
    {
        var field = Render<MudNumericField<int>>(p => p.Add(f => f.Value, 3));

        Assert.Contains("增加", field.Markup, StringComparison.Ordinal);
        Assert.Contains("減少", field.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Increment", field.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void MudBlazorsOwnWordsStayEnglishInEnglish()
    {
        English();

        var field = Render<MudNumericField<int>>(p => p.Add(f => f.Value, 3));

        Assert.Contains("Increment", field.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("增加", field.Markup, StringComparison.Ordinal);
    }

    internal static void AssertEnglishOnly(string markup)
    {
        Assert.DoesNotMatch(ChinesePunctuation(), markup);
        Assert.DoesNotContain("民國", markup, StringComparison.Ordinal);
        Assert.DoesNotMatch(RocShortDate(), markup);
    }

    [GeneratedRegex("[，。：「」]")]
    private static partial Regex ChinesePunctuation();

    // 115/11/25: an ROC year of three digits before a month and day.
    [GeneratedRegex(@"(?<![\d-])1\d\d/\d\d/\d\d")]
    private static partial Regex RocShortDate();
}
