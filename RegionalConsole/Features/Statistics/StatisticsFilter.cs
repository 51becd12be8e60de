using System.Globalization;
using RegionalConsole.Domain;

namespace RegionalConsole.Features.Statistics;

/// <summary>
/// What the statistics page and its workbooks cover (SPEC §9): an ROC year, a month range in it, and optionally one
/// centre or one county. Months are whole Taipei calendar months.
/// </summary>
public sealed record StatisticsFilter(int Year, int FromMonth = 1, int ToMonth = 12, string? Centre = null, string? County = null)
{
    /// <summary>The first day of the period.</summary>
    public DateOnly From => new(Year + 1911, FromMonth, 1);

    /// <summary>The day after the period (exclusive end), so SQL compares with &lt;.</summary>
    public DateOnly Until => new DateOnly(Year + 1911, ToMonth, 1).AddMonths(1);

    /// <summary>The period's start and end as UTC instants (Taipei midnights), for columns stored as instants.</summary>
    public DateTime FromUtc => TaipeiMidnightUtc(From);

    public DateTime UntilUtc => TaipeiMidnightUtc(Until);

    /// <summary>115年11月, or 115年1-12月 for a range: the period as file names and cover sheets state it.</summary>
    public string PeriodText => FromMonth == ToMonth
        ? string.Create(CultureInfo.InvariantCulture, $"{Year}年{FromMonth}月")
        : string.Create(CultureInfo.InvariantCulture, $"{Year}年{FromMonth}-{ToMonth}月");

    /// <summary>The filter of the current ROC year up to this month, the page's default.</summary>
    public static StatisticsFilter ThisYear(DateOnly today) => new(RocDate.Year(today), 1, today.Month);

    /// <summary>Reads the query string of a page or export; each bad field is named.</summary>
    public static (StatisticsFilter? Filter, Dictionary<string, string[]> Errors) Parse(
        string? year, string? from, string? to, string? centre, string? county, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var fallback = ThisYear(today);
        var y = Number(year, "year", 1, 8088, fallback.Year, errors, "民國年，例如 115");
        var f = Number(from, "from", 1, 12, string.IsNullOrWhiteSpace(year) ? fallback.FromMonth : 1, errors, "起始月份 1 至 12");
        var t = Number(to, "to", 1, 12, string.IsNullOrWhiteSpace(year) ? fallback.ToMonth : 12, errors, "結束月份 1 至 12");
        if (!errors.ContainsKey("from") && !errors.ContainsKey("to") && f > t)
        {
            errors["to"] = [$"結束月份（{t}）早於起始月份（{f}）。"];
        }

        if (!string.IsNullOrWhiteSpace(county) && !Counties.IsKnown(county.Trim()))
        {
            errors["county"] = [$"未知的縣市代碼「{county}」（內政部代碼，如 63000）。"];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new StatisticsFilter(y, f, t, Blank(centre), Blank(county)), errors);
    }

    private static int Number(string? text, string field, int min, int max, int fallback, Dictionary<string, string[]> errors, string hint)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        errors[field] = [$"「{text}」不是有效的{hint}。"];
        return fallback;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateTime TaipeiMidnightUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), RocDate.Taipei);

    /// <summary>The query string of this filter, for export links.</summary>
    public string ToQuery()
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"year={Year}&from={FromMonth}&to={ToMonth}");
        if (Centre is not null)
        {
            query += "&centre=" + Uri.EscapeDataString(Centre);
        }

        if (County is not null)
        {
            query += "&county=" + Uri.EscapeDataString(County);
        }

        return query;
    }
}
