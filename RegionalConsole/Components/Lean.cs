using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace RegionalConsole.Components;

/// <summary>
/// Small chips, buttons, links and icons as plain markup in the console's own classes (app.css), for what a page repeats
/// many times and every reviewer keeps open all day (queue rows, the navigation). A MudBlazor component keeps its own
/// state and two render-tree buffers in the circuit, about 4–5 KB each; markup costs only its frames — that keeps a live
/// reviewer's circuit within the ≤500 KB budget (README, Performance). The classes are the console's, not copies of
/// MudBlazor's private ones, so a MudBlazor update cannot change them; the colours come from the theme's palette.
/// </summary>
public static class Lean
{
    public static string Chip(Color color, Variant variant) => $"rc-chip {Css(variant)} {Css(color)}";

    public static string Button(Color color, Variant variant) => $"rc-button {Css(variant)} {Css(color)}";

    public const string IconButton = "rc-icon-button";

    public const string Link = "rc-link";

    public static string Caption(Color color) => color == Color.Default ? "rc-caption" : $"rc-caption {Css(color)}";

    private static string Css(Variant variant) => "rc-" + variant.ToString().ToLowerInvariant();

    private static string Css(Color color) => "rc-c-" + color.ToString().ToLowerInvariant();

    /// <summary>A Material icon (MudBlazor's <c>Icons</c> constants are SVG bodies) at the given size.</summary>
    public static MarkupString Icon(string svgBody, string size = "small") => new(
        $"<svg class=\"rc-icon rc-icon-{size}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{svgBody}</svg>");
}
