using System.Globalization;
using Bunit;
using RegionalConsole.Features.Cancellations;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components;

/// <summary>
/// One language at a time (issue #19): a date typed in a form is an ROC date on a zh-TW page and a Gregorian one on an
/// English page — the same form the page shows dates in.
/// </summary>
public sealed class DateInputLanguageTests : ComponentTestContext
{
    [Theory]
    [InlineData("zh-TW", "115/11/25")]
    [InlineData("zh-TW", "115-11-25")]
    [InlineData("en", "2026-11-25")]
    [InlineData("en", "2026/11/25")]
    public void ADateTypedAsThePagesLanguageWritesItIsRead(string language, string text)
    {
        Speak(language);

        Assert.True(UiDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2026, 11, 25), date);
    }

    [Theory]
    [InlineData("en", "115/11/25")]
    [InlineData("en", "25/11/2026")]
    [InlineData("en", "2026-02-30")]
    [InlineData("zh-TW", "115/02/30")]
    [InlineData("zh-TW", "")]
    public void ADateInTheOtherLanguagesFormOrNoDateAtAllIsRefused(string language, string text)
    {
        Speak(language);

        Assert.False(UiDate.TryParse(text, out _));
    }

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("en")]
    public void WhatAFormFillsInReadsBackAsTheSameDate(string language)
    {
        Speak(language);
        var date = new DateOnly(2027, 2, 28);

        Assert.True(UiDate.TryParse(UiDate.Short(date), out var read));
        Assert.Equal(date, read);
    }

    [Fact]
    public void TheCancellationRegisterFiltersTakeGregorianDatesOnAnEnglishPage()
    {
        Speak("en");
        RenderPopoverProvider();
        CancellationFilter? applied = null;
        var filters = Render<CancellationFilters>(p => p
            .Add(f => f.Centres, [("10015", "Taipei")])
            .Add(f => f.OnApply, (CancellationFilter f) => applied = f));

        Assert.Contains("2026-01-01", filters.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("115/", filters.Markup, StringComparison.Ordinal);
        filters.Find("input[data-testid=filter-from]").Input("2026-03-01");
        filters.Find("[data-testid=filter-apply]").Click();

        Assert.Equal(new DateOnly(2026, 3, 1), applied?.From);
    }

    private static void Speak(string language) =>
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new CultureInfo(language), new CultureInfo(language));
}
