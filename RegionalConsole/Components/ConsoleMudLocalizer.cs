using Microsoft.Extensions.Localization;
using MudBlazor;

namespace RegionalConsole.Components;

/// <summary>
/// MudBlazor's own words (pagers, "Increment", "Close", …) in the page's language (issue #19, one language at a time).
/// MudBlazor asks by its own keys (MudDataGridPager_RowsPerPage); zh-TW answers from Ui.resx under the same keys. English
/// answers "not found" on purpose, so MudBlazor's built-in English shows: asking Ui.en.resx for a key it lacks would fall
/// back to the neutral (Chinese) resources and put Chinese on an English page.
/// </summary>
public sealed class ConsoleMudLocalizer(IStringLocalizer<Ui> text) : MudLocalizer
{
    public override LocalizedString this[string key] =>
        UiDate.WritesRoc ? text[key] : new LocalizedString(key, key, resourceNotFound: true);
}
