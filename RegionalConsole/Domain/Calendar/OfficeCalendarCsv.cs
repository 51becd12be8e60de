using System.Globalization;
using CsvHelper;

namespace RegionalConsole.Domain.Calendar;

/// <summary>
/// Reads one year of 行政院人事行政總處「政府行政機關辦公日曆表」 as published in CSV: columns 西元日期
/// (yyyyMMdd), 星期, 是否放假 (2 = off, 0 = working day) and 備註 (SPEC §4). A file with any problem is
/// refused whole, with every problem and its line, so an administrator can fix it in one pass.
/// </summary>
public static class OfficeCalendarCsv
{
    private const string DateColumn = "西元日期";
    private const string WeekdayColumn = "星期";
    private const string OffColumn = "是否放假";
    private const string NoteColumn = "備註";
    private const string ResourcePrefix = "calendar/";
    private const string Weekdays = "日一二三四五六";

    /// <summary>Parses one year's file, UTF-8 (with or without BOM) or Big5, CRLF or LF line ends.</summary>
    public static CalendarCsvResult Parse(Stream csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var bytes = CalendarFileText.ReadLimited(csv);
        if (bytes is null)
        {
            return Fail(1, CalendarCsvProblem.TooLarge, (CalendarFileText.MaxBytes / 1024).ToString(CultureInfo.InvariantCulture));
        }

        return CalendarFileText.TryDecode(bytes, out var text, out var error)
            ? ParseText(text)
            : CalendarCsvResult.Failure([error]);
    }

    /// <summary>
    /// The years that ship inside the app (embedded resources calendar/2024.csv …). A broken shipped file
    /// is a build defect, so it throws rather than returning errors.
    /// </summary>
    public static IReadOnlyList<CalendarYear> LoadShipped()
    {
        var assembly = typeof(OfficeCalendarCsv).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".csv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        var years = new List<CalendarYear>();
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"找不到內建辦公日曆 {name}");
            var result = Parse(stream);
            if (!result.IsValid)
            {
                throw new InvalidOperationException($"內建辦公日曆 {name} 有誤：{string.Join("；", result.Errors)}");
            }

            years.Add(result.Year);
        }

        return years;
    }

    private static CalendarCsvResult ParseText(string text)
    {
        var errors = new List<CalendarCsvError>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            DetectSeparatorHint = false,
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            // One stray quote must not swallow the rest of the file into a single field.
            AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => errors.Add(CalendarCsvError.Of((int)record.LineNumber, CalendarCsvProblem.MalformedQuotes)),
        };

        using var csv = CsvReader.FromText(text, options);
        csv.ReadHeader();
        if (csv.Headers.Count == 0)
        {
            return Fail(1, CalendarCsvProblem.Empty);
        }

        if (!TryFindColumns(csv, out var columns, out var missing))
        {
            return Fail(1, CalendarCsvProblem.MissingColumns, string.Join("、", missing), $"{DateColumn},{WeekdayColumn},{OffColumn},{NoteColumn}");
        }

        var rows = new List<(CalendarDay Day, int Line)>();
        var lineOfDate = new Dictionary<DateOnly, int>();
        int? year = null;
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var day = ReadRow(csv, columns, line, errors);
            if (day is not { } d)
            {
                continue;
            }

            year ??= d.Date.Year;
            if (d.Date.Year != year)
            {
                errors.Add(CalendarCsvError.Of(line, CalendarCsvProblem.OtherYear, Ymd(d.Date), year.Value.ToString(CultureInfo.InvariantCulture)));
            }
            else if (lineOfDate.TryGetValue(d.Date, out var firstLine))
            {
                errors.Add(CalendarCsvError.Of(line, CalendarCsvProblem.Duplicate, Ymd(d.Date), firstLine.ToString(CultureInfo.InvariantCulture)));
            }
            else
            {
                lineOfDate.Add(d.Date, line);
                rows.Add((d, line));
            }
        }

        if (errors.Count > 0)
        {
            return CalendarCsvResult.Failure(errors);
        }

        if (year is not { } y)
        {
            return Fail(1, CalendarCsvProblem.NoDates);
        }

        rows.Sort((a, b) => a.Day.Date.CompareTo(b.Day.Date));
        var gaps = MissingDays(y, rows).ToList();
        return gaps.Count > 0
            ? CalendarCsvResult.Failure(gaps)
            : CalendarCsvResult.Success(new CalendarYear(y, rows.ConvertAll(r => r.Day)));
    }

    private static bool TryFindColumns(CsvReader csv, out (int Date, int Weekday, int Off, int Note) columns, out List<string> missing)
    {
        var absent = new List<string>();
        columns = (Find(DateColumn), Find(WeekdayColumn), Find(OffColumn), Find(NoteColumn));
        missing = absent;
        return absent.Count == 0;

        int Find(string name)
        {
            if (csv.TryGetFieldIndex(name, out var index))
            {
                return index;
            }

            absent.Add(name);
            return -1;
        }
    }

    /// <summary>Checks one row; returns null (and adds errors) when it cannot be used.</summary>
    private static CalendarDay? ReadRow(CsvReader csv, (int Date, int Weekday, int Off, int Note) columns, int line, List<CalendarCsvError> errors)
    {
        var dateText = csv.GetString(columns.Date);
        var weekdayText = csv.GetString(columns.Weekday);
        var offText = csv.GetString(columns.Off);
        var note = csv.GetString(columns.Note);

        if (!DateOnly.TryParseExact(dateText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(CalendarCsvError.Of(line, CalendarCsvProblem.BadDate, DateColumn, dateText));
            return null;
        }

        var valid = true;
        var expectedWeekday = Weekdays[(int)date.DayOfWeek].ToString();
        if (weekdayText != expectedWeekday)
        {
            errors.Add(CalendarCsvError.Of(line, CalendarCsvProblem.WrongWeekday, WeekdayColumn, weekdayText, Ymd(date), expectedWeekday));
            valid = false;
        }

        // 是否放假: the official files use 2 for a day off and 0 for a working day, nothing else.
        if (offText is not ("0" or "2"))
        {
            errors.Add(CalendarCsvError.Of(line, CalendarCsvProblem.BadDayOff, OffColumn, offText));
            valid = false;
        }

        return valid ? new CalendarDay(date, offText == "2", note.Length == 0 ? null : note) : null;
    }

    /// <summary>Each run of missing dates is blamed on the row just after it (or the last row, at year end).</summary>
    private static IEnumerable<CalendarCsvError> MissingDays(int year, List<(CalendarDay Day, int Line)> rows)
    {
        var expected = new DateOnly(year, 1, 1);
        foreach (var (day, line) in rows)
        {
            if (day.Date > expected)
            {
                yield return Gap(expected, day.Date.AddDays(-1), line);
            }

            expected = day.Date.AddDays(1);
        }

        var yearEnd = new DateOnly(year, 12, 31);
        if (expected <= yearEnd)
        {
            yield return Gap(expected, yearEnd, rows[^1].Line);
        }
    }

    private static CalendarCsvError Gap(DateOnly from, DateOnly to, int line) =>
        from == to
            ? CalendarCsvError.Of(line, CalendarCsvProblem.MissingDay, Ymd(from))
            : CalendarCsvError.Of(line, CalendarCsvProblem.MissingDays, Ymd(from), Ymd(to), (to.DayNumber - from.DayNumber + 1).ToString(CultureInfo.InvariantCulture));

    private static CalendarCsvResult Fail(int line, CalendarCsvProblem problem, params string[] values) =>
        CalendarCsvResult.Failure([CalendarCsvError.Of(line, problem, values)]);

    private static string Ymd(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
