using System.Globalization;

namespace RegionalConsole.Domain;

/// <summary>Dates in the ROC (民國) calendar and the Asia/Taipei time zone, as reviewers read them (SPEC §11).</summary>
public static class RocDate
{
    private static readonly TaiwanCalendar Calendar = new();

    public static TimeZoneInfo Taipei { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Taipei");

    public static int Year(DateOnly date) => Calendar.GetYear(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>115/11/25</summary>
    public static string Short(DateOnly date) => $"{Year(date)}/{date.Month:00}/{date.Day:00}";

    /// <summary>民國115年11月25日</summary>
    public static string Long(DateOnly date) => $"民國{Year(date)}年{date.Month}月{date.Day}日";

    /// <summary>115/11/25 14:05 in Asia/Taipei for a UTC instant.</summary>
    public static string ShortDateTime(DateTime utc)
    {
        var local = ToTaipei(utc);
        return $"{Short(DateOnly.FromDateTime(local))} {local:HH:mm}";
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
