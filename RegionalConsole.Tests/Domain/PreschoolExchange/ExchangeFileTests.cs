using System.Text;
using RegionalConsole.Domain.Preschool;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Tests.Domain.PreschoolExchange;

public sealed class ExchangeFileTests
{
    private static readonly ExchangeLine Line = new(42, "A123456789", "王小明", "PS0001", "臺北市立示範幼兒園", "1150000042",
        "繪本\"共讀\"", [TagDefaults.Preschool, TagDefaults.BasicLifeSupport], new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 3), 3m,
        new DateOnly(2026, 11, 24));

    private static string[] Lines(byte[] file) => Encoding.UTF8.GetString(file[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void TheFileStartsWithAByteOrderMarkAndTheHeader()
    {
        var file = ExchangeFile.Write([]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, file[..3]);
        Assert.Equal(string.Join(',', ExchangeFile.Header), Assert.Single(Lines(file)));
    }

    [Fact]
    public void ALineHasRocDatesJoinedTagsAndQuotesDoubled() =>
        Assert.Equal(
            "42,A123456789,王小明,PS0001,臺北市立示範幼兒園,1150000042,\"繪本\"\"共讀\"\"\",幼兒園教保專業知能、基本救命術訓練,115/11/02,115/11/03,3,115/11/24",
            Lines(ExchangeFile.Write([Line]))[1]);

    [Fact]
    public void HalfHoursKeepTheirDecimal() =>
        Assert.EndsWith(",1.5,115/11/24", Lines(ExchangeFile.Write([Line with { Hours = 1.5m }]))[1], StringComparison.Ordinal);

    [Fact]
    public void ANameThatWouldStartAFormulaIsWrittenAsText() =>
        Assert.StartsWith("42,A123456789,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",PS0001",
            Lines(ExchangeFile.Write([Line with { TeacherName = "=HYPERLINK(\"http://evil.example\",\"x\")" }]))[1], StringComparison.Ordinal);

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+886", "'+886")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("王=小明", "王=小明")]
    [InlineData("", "")]
    public void OnlyAFieldStartingAFormulaGetsTheQuote(string field, string written) =>
        Assert.Equal(written, ExchangeFile.Inert(field));

    [Fact]
    public void TheFileNameCarriesTheRocPeriodAndTheRun() =>
        Assert.Equal("preschool-study-records-115-11-run7.csv", ExchangeFile.FileName(new ExchangePeriod(2026, 11), 7));
}
