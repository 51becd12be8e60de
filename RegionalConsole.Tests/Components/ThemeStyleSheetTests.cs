using System.Globalization;
using RegionalConsole.Components.Layout;

namespace RegionalConsole.Tests.Components;

/// <summary>The theme written once into the static page head instead of a MudThemeProvider in every circuit.</summary>
public sealed class ThemeStyleSheetTests
{
    [Fact]
    public void TheStyleSheetCarriesTheConsolesPrimaryColourAndFontsInTheLightPalette()
    {
        var css = ThemeStyleSheet.Markup.Value;
        var primary = ConsoleTheme.Theme.PaletteLight.Primary;

        Assert.Contains($"--mud-palette-primary: rgba({primary.R},{primary.G},{primary.B},1);", css, StringComparison.Ordinal);
        Assert.Contains($"--mud-typography-default-family: '{ConsoleTheme.Theme.Typography.Default.FontFamily![0]}'", css, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"--mud-palette-surface: rgba(255,255,255,1);"), css, StringComparison.Ordinal);
    }

    [Fact]
    public void TheStyleSheetHoldsOneThemeBlockAndTheThinScrollbar()
    {
        Assert.Equal(1, CountOf(ThemeStyleSheet.Markup.Value, "class='mud-theme-provider'"));
        Assert.Contains("::-webkit-scrollbar {width: 8px", ThemeStyleSheet.Markup.Value, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
