using System.Globalization;
using System.Text;
using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Tests.Domain.Calendar;

/// <summary>Calendar files for the import tests: the shipped ones re-encoded, and small generated years to break.</summary>
internal static class CalendarCsvFiles
{
    internal const string Header = "西元日期,星期,是否放假,備註";

    internal static string Shipped(int year)
    {
        using var stream = typeof(OfficeCalendarCsv).Assembly.GetManifestResourceStream($"calendar/{year}.csv")!;
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return reader.ReadToEnd();
    }

    /// <summary>A well-formed year with weekends off and every weekday working, LF line ends.</summary>
    internal static string GeneratedYear(int year)
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var date = new DateOnly(year, 1, 1); date.Year == year; date = date.AddDays(1))
        {
            var off = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            text.Append(Row(date, off ? "2" : "0")).Append('\n');
        }

        return text.ToString();
    }

    internal static string Row(DateOnly date, string isOff, string note = "") =>
        $"{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)},{"日一二三四五六"[(int)date.DayOfWeek]},{isOff},{note}";

    /// <summary>Replaces 1-based line <paramref name="line"/> of an LF file.</summary>
    internal static string WithLine(string text, int line, string replacement)
    {
        var lines = text.Split('\n');
        lines[line - 1] = replacement;
        return string.Join('\n', lines);
    }

    internal static string WithoutLine(string text, int line)
    {
        var lines = text.Split('\n').ToList();
        lines.RemoveAt(line - 1);
        return string.Join('\n', lines);
    }

    internal static Stream Utf8(string text, bool bom = false) =>
        new MemoryStream([.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)]);

    internal static Stream Big5(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var big5 = Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return new MemoryStream(big5.GetBytes(text));
    }

    internal static CalendarCsvResult Parse(string text) => OfficeCalendarCsv.Parse(Utf8(text));
}
