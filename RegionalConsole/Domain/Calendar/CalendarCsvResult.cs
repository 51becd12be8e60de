using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace RegionalConsole.Domain.Calendar;

/// <summary>What is wrong with an imported calendar file; a page words it in its reader's language (CalendarLabels).</summary>
public enum CalendarCsvProblem
{
    TooLarge,
    Undecodable,
    UndecodableAsEither,
    MalformedQuotes,
    Empty,
    MissingColumns,
    NoDates,
    BadDate,
    WrongWeekday,
    BadDayOff,
    OtherYear,
    Duplicate,
    MissingDay,
    MissingDays,
}

/// <summary>
/// A problem found in an imported calendar file, on a 1-based line of that file, with the values its words name (in the
/// order of the words' placeholders). <see cref="Message"/> is the zh-TW text the API and the start-up check give.
/// </summary>
public sealed record CalendarCsvError(int Line, CalendarCsvProblem Problem, IReadOnlyList<string> Values)
{
    public string Message => string.Format(CultureInfo.InvariantCulture, Pattern(Problem), [.. Values]);

    public override string ToString() => $"第 {Line} 行：{Message}";

    internal static CalendarCsvError Of(int line, CalendarCsvProblem problem, params string[] values) => new(line, problem, values);

    private static string Pattern(CalendarCsvProblem problem) => problem switch
    {
        CalendarCsvProblem.TooLarge => "檔案超過 {0} KB，不是一年的辦公日曆",
        CalendarCsvProblem.Undecodable => "無法以 {0} 編碼讀取此行；檔案須為 UTF-8 或 Big5",
        CalendarCsvProblem.UndecodableAsEither => "無法以 UTF-8 或 Big5 編碼讀取此行；檔案須為 UTF-8 或 Big5",
        CalendarCsvProblem.MalformedQuotes => "引號不成對或位置錯誤",
        CalendarCsvProblem.Empty => "檔案是空的",
        CalendarCsvProblem.MissingColumns => "標題列缺少欄位：{0}（應為 {1}）",
        CalendarCsvProblem.NoDates => "檔案只有標題列，沒有任何日期",
        CalendarCsvProblem.BadDate => "{0}「{1}」不是西元年月日八碼（如 20260101）的日期",
        CalendarCsvProblem.WrongWeekday => "{0}「{1}」與 {2} 不符，應為「{3}」",
        CalendarCsvProblem.BadDayOff => "{0}「{1}」須為 0（上班日）或 2（放假日）",
        CalendarCsvProblem.OtherYear => "{0} 不是 {1} 年的日期；一個檔案只能有一個年度",
        CalendarCsvProblem.Duplicate => "{0} 重複（第 {1} 行已有）",
        CalendarCsvProblem.MissingDay => "缺少 {0}；全年每一天都須列出",
        CalendarCsvProblem.MissingDays => "缺少 {0} 至 {1} 共 {2} 天；全年每一天都須列出",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };
}

/// <summary>
/// Either the parsed year or every problem found. There is no partial result: a malformed file changes
/// nothing (SPEC §10, POST /api/v1/calendar/import).
/// </summary>
public sealed class CalendarCsvResult
{
    private CalendarCsvResult(CalendarYear? year, IReadOnlyList<CalendarCsvError> errors)
    {
        Year = year;
        Errors = errors;
    }

    public CalendarYear? Year { get; }

    public IReadOnlyList<CalendarCsvError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Year))]
    public bool IsValid => Year is not null;

    public static CalendarCsvResult Success(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new(year, []);
    }

    public static CalendarCsvResult Failure(IEnumerable<CalendarCsvError> errors)
    {
        var list = errors.OrderBy(e => e.Line).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A failed import names at least one error.", nameof(errors));
        }

        return new(null, list);
    }
}
