using System.Globalization;

namespace RegionalConsole.Domain.Preschool;

/// <summary>
/// One month of the preschool exchange (共同研討一 提案二 說明二：教師進修網固定每月15日 … 上傳至資訊傳報平臺). A period is due
/// on the 15th of its month at <c>hour</c> o'clock Asia/Taipei; its key (e.g. 2026-11) is unique per running run.
/// </summary>
public readonly record struct ExchangePeriod(int Year, int Month)
{
    public const int DueDay = 15;

    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>The ROC form shown to people, e.g. 115年11月.</summary>
    public string RocText => string.Create(CultureInfo.InvariantCulture, $"{RocDate.Year(new DateOnly(Year, Month, 1))}年{Month}月");

    /// <summary>The instant (UTC) the period falls due: the 15th at <paramref name="hour"/>:00 in Taipei.</summary>
    public DateTime DueAt(int hour) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(Year, Month, DueDay, hour, 0, 0, DateTimeKind.Unspecified), RocDate.Taipei);

    public ExchangePeriod Next() => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    public ExchangePeriod Previous() => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    /// <summary>The latest period already due at <paramref name="utcNow"/>: the current one from its 15th, else last month's.</summary>
    public static ExchangePeriod LatestDue(DateTime utcNow, int hour)
    {
        var today = RocDate.ToTaipei(utcNow);
        var period = new ExchangePeriod(today.Year, today.Month);
        return period.DueAt(hour) <= utcNow ? period : period.Previous();
    }

    /// <summary>The first period that falls due after <paramref name="utcNow"/>.</summary>
    public static ExchangePeriod NextDue(DateTime utcNow, int hour) => LatestDue(utcNow, hour).Next();

    public static bool TryParse(string? key, out ExchangePeriod period)
    {
        period = default;
        if (key is not { Length: 7 } || key[4] != '-'
            || !int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(key.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12 || year < 2000)
        {
            return false;
        }

        period = new ExchangePeriod(year, month);
        return true;
    }

    public override string ToString() => Key;
}
