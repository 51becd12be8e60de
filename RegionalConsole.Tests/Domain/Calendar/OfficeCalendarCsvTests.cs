using System.Text;
using RegionalConsole.Domain.Calendar;
using static RegionalConsole.Tests.Domain.Calendar.CalendarCsvFiles;

namespace RegionalConsole.Tests.Domain.Calendar;

public class OfficeCalendarCsvTests
{
    [Theory]
    [InlineData(2024, 366)]
    [InlineData(2025, 365)]
    [InlineData(2026, 365)]
    [InlineData(2027, 365)]
    public void ShippedYearLoadsWithEveryDay(int year, int days)
    {
        var loaded = OfficeCalendarCsv.LoadShipped().Single(y => y.Year == year);

        Assert.Equal(days, loaded.Days.Count);
        Assert.Equal(new DateOnly(year, 1, 1), loaded.Days[0].Date);
        Assert.Equal(new DateOnly(year, 12, 31), loaded.Days[^1].Date);
    }

    [Fact]
    public void ShippedYearsAreTheFourInUse() =>
        Assert.Equal([2024, 2025, 2026, 2027], OfficeCalendarCsv.LoadShipped().Select(y => y.Year));

    [Fact]
    public void ReadsOffDayWithItsNote()
    {
        var day = ParseShipped(2026).Days[0];

        Assert.Equal(new CalendarDay(new DateOnly(2026, 1, 1), IsOff: true, "開國紀念日"), day);
    }

    [Fact]
    public void ReadsWorkingDayWithoutNoteAsNullNote()
    {
        var day = ParseShipped(2026).Days[1];

        Assert.Equal(new CalendarDay(new DateOnly(2026, 1, 2), IsOff: false, null), day);
    }

    [Fact]
    public void Big5FileReadsTheSameAsUtf8()
    {
        var text = Shipped(2026);

        var big5 = OfficeCalendarCsv.Parse(Big5(text));

        Assert.True(big5.IsValid, string.Join("\n", big5.Errors));
        Assert.Equal(ParseShipped(2026).Days, big5.Year.Days);
        Assert.Equal("農曆除夕", big5.Year.Days.Single(d => d.Date == new DateOnly(2026, 2, 16)).Note);
    }

    [Fact]
    public void Utf8FileWithByteOrderMarkReadsTheSame()
    {
        var result = OfficeCalendarCsv.Parse(Utf8(Shipped(2025), bom: true));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(ParseShipped(2025).Days, result.Year.Days);
    }

    [Fact]
    public void CrlfAndLfLineEndsReadTheSame()
    {
        var lf = Shipped(2024).ReplaceLineEndings("\n");
        var crlf = lf.ReplaceLineEndings("\r\n");
        Assert.Contains("\r\n", crlf, StringComparison.Ordinal);

        var fromLf = Parse(lf);
        var fromCrlf = Parse(crlf);

        Assert.True(fromLf.IsValid && fromCrlf.IsValid);
        Assert.Equal(fromLf.Year.Days, fromCrlf.Year.Days);
        Assert.Null(fromCrlf.Year.Days[1].Note);
    }

    [Fact]
    public void ColumnsAreFoundByNameInAnyOrder()
    {
        var text = "是否放假,備註,星期,西元日期\n2,開國紀念日,一,20290101\n";
        var year = GeneratedYear(2029).Split('\n').Skip(2).Where(l => l.Length > 0)
            .Select(l => l.Split(',')).Select(f => $"{f[2]},{f[3]},{f[1]},{f[0]}");

        var result = Parse(text + string.Join('\n', year));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(new CalendarDay(new DateOnly(2029, 1, 1), true, "開國紀念日"), result.Year.Days[0]);
    }

    [Fact]
    public void QuotedFieldsAndSurroundingSpacesAreRead()
    {
        var text = WithLine(GeneratedYear(2029), 2, "\"20290101\", 一 ,\"2\",\"開國紀念日, 元旦\"");

        var result = Parse(text);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(new CalendarDay(new DateOnly(2029, 1, 1), true, "開國紀念日, 元旦"), result.Year.Days[0]);
    }

    [Fact]
    public void BlankLinesAreSkipped()
    {
        var result = Parse(WithLine(GeneratedYear(2029), 3, "\n" + Row(new DateOnly(2029, 1, 2), "0")));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(365, result.Year.Days.Count);
    }

    [Fact]
    public void ShippedFilesUseOnlyCharactersBig5CanHold()
    {
        // The Big5 tests above prove nothing if encoding silently replaced characters with '?'.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var strictBig5 = Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

        foreach (var year in new[] { 2024, 2025, 2026, 2027 })
        {
            var text = Shipped(year);
            Assert.Equal(text, strictBig5.GetString(strictBig5.GetBytes(text)));
        }
    }

    private static CalendarYear ParseShipped(int year)
    {
        var result = Parse(Shipped(year));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Year;
    }
}
