using RegionalConsole.Domain.Checks;

namespace RegionalConsole.Tests.Domain.Checks;

public class TitleCheckTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \u3000 ")]
    public void AnEmptyTitleIsIncomplete(string? title)
    {
        var result = Assert.Single(Run(title));

        Assert.Equal((CheckCodes.TitleIncomplete, CheckSeverity.Error, "管理規定第8條第1款"), (result.Code, result.Severity, result.Rule));
    }

    [Theory]
    [InlineData("研習")]
    [InlineData("課程")]
    [InlineData("研習活動")]
    [InlineData("教師 增能 研習")]
    [InlineData("【國際教育】研習")]
    [InlineData("[資訊非專][數位教學] 課程")]
    [InlineData("研習（第一場）")]
    [InlineData("115年度研習")]
    [InlineData("115學年度教師研習(二)")]
    [InlineData("ＴＥＳＴ")]
    [InlineData("【國際教育】")]
    [InlineData("研習！！")]
    [InlineData("A")]
    public void ABareGenericWordIsIncompleteEvenBehindPrefixesOrMarkers(string title)
    {
        var result = Assert.Single(Run(title));

        Assert.Equal(CheckCodes.TitleIncomplete, result.Code);
        Assert.Equal(title.Trim(), result.Evidence);
    }

    [Theory]
    [InlineData("【國際教育】跨文化課程設計工作坊（第1場）")]
    [InlineData("[資訊非專]七年級-Scratch 遊戲設計專題")]
    [InlineData("【繪本原來還可以這樣讀！】02翻頁設計")]
    [InlineData("閱讀理解策略研習")]
    [InlineData("AI 教學")]
    [InlineData("115年度國語文教學研習")]
    public void ATitleNamingItsContentIsComplete(string title) => Assert.Empty(Run(title));

    private static IReadOnlyList<CheckResult> Run(string? title) =>
        CheckTestCourse.Run(new TitleCheck(), CheckTestCourse.Clean with { Title = title });
}
