using Microsoft.Extensions.Localization;

namespace RegionalConsole;

/// <summary>
/// How the page's language joins words: 「標籤：國際教育」 and 「實體（直播）」 with full-width punctuation in zh-TW, "Tag: …"
/// and "In person (live)" in English, so an English page carries no Chinese punctuation (issue 19).
/// </summary>
public static class UiText
{
    /// <summary>證據：… or Evidence: …</summary>
    public static string Labelled(this IStringLocalizer text, string label, string value) => Words(text, "TextLabelled", label, value);

    /// <summary>實體（直播） or In person (live).</summary>
    public static string WithAside(this IStringLocalizer text, string main, string aside) => Words(text, "TextWithAside", main, aside);

    /// <summary>不採計・開閉幕 or Not creditable · opening.</summary>
    public static string WithKind(this IStringLocalizer text, string main, string kind) => Words(text, "TextWithKind", main, kind);

    /// <summary>國際教育、閱讀素養 or International education, reading literacy.</summary>
    public static string List(this IStringLocalizer text, IEnumerable<string?> items)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(text["TextListSeparator"].Value, items);
    }

    private static string Words(IStringLocalizer text, string key, string first, string second)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[key, first, second].Value;
    }
}
