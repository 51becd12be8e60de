using System.Globalization;

namespace RegionalConsole.Domain;

/// <summary>Dates in the ROC (民國) calendar and the Asia/Taipei time zone, as reviewers read them (SPEC §11).</summary>
public static class RocDate
{
    public static TimeZoneInfo Taipei { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei");

    /// <summary>
    /// The ROC year: the Gregorian year less 1911. Total, so no stored date takes a page down (SPEC §13.3): a date before
    /// the Republic (1912) gives 0 or less, which <see cref="IsRoc"/> tells apart and the formatters write in Gregorian.
    /// </summary>
    public static int Year(DateOnly date) => date.Year - 1911;

    /// <summary>The Gregorian year of an ROC year: 115 → 2026.</summary>
    public static int GregorianYear(int rocYear) => rocYear + 1911;

    /// <summary>The ROC year of a Gregorian year: 2026 → 115.</summary>
    public static int RocYear(int gregorianYear) => gregorianYear - 1911;

    /// <summary>Whether the date lies in the ROC calendar (1912 on) and so has an ROC form.</summary>
    public static bool IsRoc(DateOnly date) => date.Year > 1911;

    /// <summary>115/11/25</summary>
    public static string Short(DateOnly date)
    {
        Span<char> text = stackalloc char[16];
        return new string(text[..FormatShort(date, text)]);
    }

    /// <summary>Writes 115/11/25 into <paramref name="destination"/> (at least 11 characters) and answers its length.</summary>
    public static int FormatShort(DateOnly date, Span<char> destination)
    {
        if (!IsRoc(date))
        {
            // Before the Republic there is no ROC date: shown as it is stored.
            date.TryFormat(destination, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return written;
        }

        Year(date).TryFormat(destination, out var n, default, CultureInfo.InvariantCulture);
        destination[n++] = '/';
        n += TwoDigits(date.Month, destination[n..]);
        destination[n++] = '/';
        return n + TwoDigits(date.Day, destination[n..]);
    }

    /// <summary>Writes 115/11/25 14:05 (Asia/Taipei) for a UTC instant into <paramref name="destination"/> (at least 17 characters).</summary>
    public static int FormatShortDateTime(DateTime utc, Span<char> destination)
    {
        var local = ToTaipei(utc);
        var n = FormatShort(DateOnly.FromDateTime(local), destination);
        destination[n++] = ' ';
        n += TwoDigits(local.Hour, destination[n..]);
        destination[n++] = ':';
        return n + TwoDigits(local.Minute, destination[n..]);
    }

    private static int TwoDigits(int value, Span<char> destination)
    {
        destination[0] = (char)('0' + (value / 10));
        destination[1] = (char)('0' + (value % 10));
        return 2;
    }

    /// <summary>民國115年11月25日</summary>
    public static string Long(DateOnly date) => IsRoc(date) ? $"民國{Year(date)}年{date.Month}月{date.Day}日" : Short(date);

    /// <summary>115/11/25 14:05 in Asia/Taipei for a UTC instant.</summary>
    public static string ShortDateTime(DateTime utc)
    {
        Span<char> text = stackalloc char[24];
        return new string(text[..FormatShortDateTime(utc, text)]);
    }

    public static DateTime ToTaipei(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Taipei);

    /// <summary>The calendar date in Taipei of a UTC instant (2026-11-24T16:00Z is 2026-11-25 there).</summary>
    public static DateOnly TaipeiDate(DateTime utc) => DateOnly.FromDateTime(ToTaipei(utc));

    public static DateOnly TaipeiDate(DateTimeOffset instant) => TaipeiDate(instant.UtcDateTime);

    /// <summary>Reads an ROC date as people type it: 115/09/01, 115/9/1, 115-9-1 or 115.9.1.</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        var parts = text?.Trim().Split('/', '-', '.') ?? [];
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year is < 1 or > 8088 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year + 1911, month))
        {
            return false;
        }

        date = new DateOnly(year + 1911, month, day);
        return true;
    }
}
