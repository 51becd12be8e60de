using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace RegionalConsole.Components.Layout;

/// <summary>
/// The console theme's CSS (MudBlazor's colour, typography, elevation and layout variables, and its thin scrollbar) as
/// MudThemeProvider writes it, built once and written into the static page head by App.razor. A MudThemeProvider in the
/// layout would keep its own ~68 KB copy of this text in every live circuit, and watch the system's dark mode that the
/// console does not offer (README, Live pages and circuit memory).
/// </summary>
internal sealed class ThemeStyleSheet : MudThemeProvider
{
    private ThemeStyleSheet(MudTheme theme) => Theme = theme;

    /// <summary>The <c>&lt;style&gt;</c> elements for <see cref="ConsoleTheme.Theme"/> in its light palette.</summary>
    public static MarkupString Markup { get; } = new(BuildMudBlazorScrollbar() + new ThemeStyleSheet(ConsoleTheme.Theme).BuildTheme());
}
