using System.Globalization;
using RegionalConsole.Domain;

namespace RegionalConsole;

/// <summary>
/// Dates as the page's language writes them: the ROC calendar in zh-TW (民國115年11月25日, 115/11/25; SPEC §11) and
/// Gregorian in English (25 Nov 2026, 2026-11-25), so an English page carries no 民國 date. Exports, mail and the API
/// keep <see cref="RocDate"/> whatever the reader's language.
/// </summary>
public static class UiDate
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Whether the current UI language writes ROC dates (Chinese does; anything else is Gregorian).</summary>
    public static bool WritesRoc => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    /// <summary>115/11/25 or 2026-11-25.</summary>
    public static string Short(DateOnly date) =>
        WritesRoc ? RocDate.Short(date) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Short(DateOnly? date) => date is { } d ? Short(d) : "";

    /// <summary>115/11/25 14:05 or 2026-11-25 14:05, in Asia/Taipei, for a UTC instant.</summary>
    public static string ShortDateTime(DateTime utc) =>
        WritesRoc ? RocDate.ShortDateTime(utc) : RocDate.ToTaipei(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>115 or 2026: the year as the page's language counts it.</summary>
    public static int Year(DateOnly date) => WritesRoc ? RocDate.Year(date) : date.Year;

    /// <summary>An ROC year (as the console stores statistics years) as the page's language counts it: 115 or 2026.</summary>
    public static int YearOfRoc(int rocYear) => WritesRoc ? rocYear : RocDate.GregorianYear(rocYear);

    /// <summary>A year typed in a form, as the page's language counts it, back to the ROC year: 115 → 115, 2026 → 115.</summary>
    public static int RocYearOf(int typedYear) => WritesRoc ? typedYear : RocDate.RocYear(typedYear);

    /// <summary>
    /// A date typed in a form, as the page's language writes it: an ROC date in zh-TW (115/11/25, 115-11-25), a
    /// Gregorian one in English (2026-11-25, 2026/11/25) — the same form <see cref="Short(DateOnly)"/> fills in.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        if (WritesRoc)
        {
            return RocDate.TryParse(text, out date);
        }

        // A year before the ROC's first (1912) is an ROC date typed on an English page: refused, not read as year 115.
        return DateOnly.TryParseExact(text?.Trim(), ["yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && date.Year > 1911;
    }

    /// <summary>民國115年11月25日 or 25 November 2026.</summary>
    public static string Long(DateOnly date) =>
        WritesRoc ? RocDate.Long(date) : date.ToString("d MMMM yyyy", English);
}
