using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace RegionalConsole.Components;

/// <summary>
/// MudBlazor's look as plain markup, for what a page repeats many times and every reviewer keeps open all day (queue
/// rows, the navigation). A MudBlazor component keeps its own state and two render-tree buffers in the circuit, about
/// 4–5 KB each; a row of chips, links and buttons as markup costs only its frames. That is what keeps a live
/// reviewer's circuit within the ≤500 KB budget (README, Performance). Everything else stays MudBlazor components.
/// </summary>
public static class Lean
{
    public static string Chip(Color color, Variant variant) =>
        $"mud-chip mud-chip-{Css(variant)} mud-chip-size-small mud-chip-color-{Css(color)} ma-0";

    public static string Button(Color color, Variant variant) =>
        $"mud-button-root mud-button mud-button-{Css(variant)} mud-button-{Css(variant)}-{Css(color)} mud-button-{Css(variant)}-size-small mud-ripple";

    public const string IconButton = "mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-icon-button-size-small";

    public const string Link = "mud-typography mud-link mud-primary-text mud-link-underline-hover mud-typography-body2";

    public static string Caption(Color color) =>
        color == Color.Default ? "mud-typography mud-typography-caption" : $"mud-typography mud-typography-caption mud-{Css(color)}-text";

    // MudBlazor's class names are its enum names in lower case (Color.Error → mud-…-error).
    private static string Css(Enum value) => value.ToString().ToLowerInvariant();

    /// <summary>A Material icon (MudBlazor's <c>Icons</c> constants are SVG bodies) at the given size class.</summary>
    public static MarkupString Icon(string svgBody, string size = "small") => new(
        $"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-{size}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{svgBody}</svg>");
}
