using System.Text;
using RegionalConsole.Domain.Calendar;
using static RegionalConsole.Tests.Domain.Calendar.CalendarCsvFiles;

namespace RegionalConsole.Tests.Domain.Calendar;

/// <summary>Every malformed file is refused whole, each problem on its own line (line 1 is the header).</summary>
public class OfficeCalendarCsvMalformedTests
{
    private static readonly string Year2029 = GeneratedYear(2029);

    [Fact]
    public void GeneratedYearIsWellFormed() => Assert.True(Parse(Year2029).IsValid);

    [Fact]
    public void WrongHeaderNamesTheMissingColumn()
    {
        var error = SingleError(WithLine(Year2029, 1, "日期,星期,是否放假,備註"));

        Assert.Equal(1, error.Line);
        Assert.Contains("西元日期", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderMissingTwoColumnsNamesBoth()
    {
        var error = SingleError(WithLine(Year2029, 1, "西元日期,星期"));

        Assert.Contains("是否放假、備註", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFileIsRefused() => Assert.Equal(1, SingleError("").Line);

    [Fact]
    public void HeaderWithoutDaysIsRefused() => Assert.Contains("沒有任何日期", SingleError(Header + "\n").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("2029-01-05")]
    [InlineData("20290230")]
    [InlineData("")]
    [InlineData("1月5日")]
    public void BadDateIsReportedOnItsLine(string date)
    {
        var error = SingleError(WithLine(Year2029, 6, $"{date},六,2,"));

        Assert.Equal(6, error.Line);
        Assert.Contains("西元日期", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("")]
    [InlineData("是")]
    public void BadOffValueIsReportedOnItsLine(string isOff)
    {
        var error = SingleError(WithLine(Year2029, 10, Row(new DateOnly(2029, 1, 9), isOff)));

        Assert.Equal(10, error.Line);
        Assert.Contains("是否放假", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeekdayNotMatchingTheDateIsReported()
    {
        // 2029-01-09 is a Tuesday (二).
        var error = SingleError(WithLine(Year2029, 10, "20290109,三,0,"));

        Assert.Equal(10, error.Line);
        Assert.Contains("應為「二」", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateDateNamesBothLines()
    {
        var error = SingleError(WithLine(Year2029, 11, Row(new DateOnly(2029, 1, 9), "0")));

        Assert.Equal(11, error.Line);
        Assert.Contains("第 10 行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateOfAnotherYearIsReported()
    {
        var error = SingleError(Year2029 + Row(new DateOnly(2030, 1, 1), "2") + "\n");

        Assert.Equal(367, error.Line);
        Assert.Contains("2029", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDayIsBlamedOnTheRowAfterTheGap()
    {
        // Lines 2.. are 0101..; line 61 is 03-01 and line 62 is 03-02.
        var error = SingleError(WithoutLine(WithoutLine(Year2029, 61), 61));

        Assert.Equal(61, error.Line);
        Assert.Equal("缺少 20290301 至 20290302 共 2 天；全年每一天都須列出", error.Message);
    }

    [Fact]
    public void MissingYearEndIsBlamedOnTheLastRow()
    {
        var text = string.Join('\n', Year2029.Split('\n').SkipLast(2)) + "\n";

        var error = SingleError(text);

        Assert.Equal(365, error.Line);
        Assert.StartsWith("缺少 20291231", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnbalancedQuoteIsReportedAndDoesNotSwallowTheRest()
    {
        var text = WithLine(WithLine(Year2029, 20, "\"20290119,五,0,"), 30, "20290129,一,1,");

        var result = Parse(text);

        Assert.False(result.IsValid);
        Assert.Equal([20, 30], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public void EveryProblemIsReportedInLineOrder()
    {
        var text = Year2029;
        text = WithLine(text, 40, "20290208,四,9,");
        text = WithLine(text, 5, "2029010X,四,0,");
        text = WithLine(text, 100, "20290410,一,0,");

        var result = Parse(text);

        Assert.Null(result.Year);
        Assert.Equal([5, 40, 100], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public void BlankLinesStillCountForLineNumbers()
    {
        var text = WithLine(Year2029, 3, "\n\n" + "20290102,五,0,");

        Assert.Equal(5, SingleError(text).Line);
    }

    [Fact]
    public void Utf8FileWithAnInvalidByteIsRefusedAtThatLine()
    {
        // 0xFF never occurs in UTF-8; the header shows the file is UTF-8, so it must not be re-read as Big5.
        var error = SingleBadByteError(Encoding.UTF8.GetBytes(Year2029), line: 4, 0xFF);

        Assert.Equal(4, error.Line);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Big5FileWithAnInvalidByteIsRefusedAtThatLine()
    {
        var big5 = new MemoryStream();
        Big5(Shipped(2026)).CopyTo(big5);

        // 0xA4 opens a two-byte Big5 character, and the digit after it cannot close one.
        var error = SingleBadByteError(big5.ToArray(), line: 7, 0xA4);

        Assert.Equal(7, error.Line);
        Assert.Contains("Big5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileMarkedUtf8WithInvalidBytesIsNotReadAsBig5()
    {
        var big5 = new MemoryStream();
        big5.Write(Encoding.UTF8.GetPreamble());
        Big5(Shipped(2026)).CopyTo(big5);
        big5.Position = 0;

        var error = Assert.Single(OfficeCalendarCsv.Parse(big5).Errors);

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void HugeFileIsRefusedUnread()
    {
        var huge = new MemoryStream(new byte[2 * 1024 * 1024]);

        var error = Assert.Single(OfficeCalendarCsv.Parse(huge).Errors);

        Assert.Contains("KB", error.Message, StringComparison.Ordinal);
    }

    private static CalendarCsvError SingleError(string text)
    {
        var result = Parse(text);
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    private static CalendarCsvError SingleBadByteError(byte[] file, int line, byte bad)
    {
        var bytes = file.ToList();
        bytes.Insert(IndexOfLine(bytes, line), bad);
        return Assert.Single(OfficeCalendarCsv.Parse(new MemoryStream([.. bytes])).Errors);
    }

    private static int IndexOfLine(List<byte> bytes, int line)
    {
        var seen = 1;
        for (var i = 0; i < bytes.Count; i++)
        {
            if (seen == line)
            {
                return i;
            }

            if (bytes[i] == (byte)'\n')
            {
                seen++;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(line));
    }
}
