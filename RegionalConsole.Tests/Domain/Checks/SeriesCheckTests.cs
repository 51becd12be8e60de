using RegionalConsole.Domain.Checks;

namespace RegionalConsole.Tests.Domain.Checks;

public class SeriesCheckTests
{
    private const string Base = "跨文化課程設計工作坊";

    [Fact]
    public void ATitleWithNoNamesakeNeedsNoSessionMarker() =>
        Assert.Empty(Run(Base, "閱讀理解策略", "數位學習"));

    [Fact]
    public void ANamesakeWithoutSessionMarkerIsAnError()
    {
        var result = Assert.Single(Run(Base, $"{Base}（第2場）"));

        Assert.Equal((CheckCodes.SeriesSessionMissing, CheckSeverity.Error), (result.Code, result.Severity));
        Assert.Contains($"{Base}（第2場）", result.Evidence);
    }

    [Theory]
    [InlineData("第一場")]
    [InlineData("第2場")]
    [InlineData("場次3")]
    [InlineData("場次：4")]
    [InlineData("(五)")]
    [InlineData("（六）")]
    [InlineData("梯次七")]
    [InlineData("第8梯")]
    [InlineData("第十場次")]
    [InlineData("第11梯次")]
    [InlineData("第十二期")]
    [InlineData("⑬")]
    [InlineData("㈥")]
    [InlineData("Part 14")]
    [InlineData("session 15")]
    [InlineData("(上)")]
    [InlineData("下午場")]
    [InlineData("第二十一場")]
    public void EachSessionMarkerFormTellsASeriesApart(string marker) =>
        Assert.Empty(Run($"{Base} {marker}", $"{Base}（第99場）"));

    [Theory]
    [InlineData("（第1場）", "(第一場)")]
    [InlineData("第1場", "(一)")]
    [InlineData("第２場", "場次2")]
    [InlineData("(上)", "（上）")]
    public void TheSameSessionWrittenDifferentlyIsStillTheSame(string marker, string otherMarker)
    {
        var result = Assert.Single(Run($"{Base}{marker}", $"{Base}{otherMarker}"));

        Assert.Contains("相同", result.Message);
    }

    [Fact]
    public void PrefixesSpacingAndWidthDoNotMakeTitlesDifferent() =>
        Assert.Single(Run("【國際教育】跨文化課程設計 工作坊（第1場）", "［國際教育］［雙語教育］跨文化課程設計工作坊　第一場"));

    [Fact]
    public void TitlesThatDifferBeyondTheirPrefixAreNoSeries() =>
        Assert.Empty(Run("【繪本原來還可以這樣讀！】02翻頁設計", "【繪本原來還可以這樣讀！】03立體書設計"));

    [Fact]
    public void OnlyNamesakesWithTheSameMarkerAreQuoted()
    {
        var result = Assert.Single(Run($"{Base}第2場", $"{Base}第1場", $"{Base}第2場", $"{Base}第3場"));

        Assert.Equal($"{Base}第2場", result.Evidence);
    }

    [Fact]
    public void ALeadingYearDoesNotHideANamesake() =>
        Assert.Single(Run($"115年度{Base}", $"{Base}(二)"));

    [Fact]
    public void AnEmptyTitleIsLeftToTheTitleCheck() => Assert.Empty(Run(null, "研習"));

    private static IReadOnlyList<CheckResult> Run(string? title, params string[] others) =>
        CheckTestCourse.Run(new SeriesCheck(), CheckTestCourse.Clean with { Title = title }, CheckTestCourse.WithTitles(others));
}
