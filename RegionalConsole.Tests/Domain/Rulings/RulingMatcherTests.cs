using RegionalConsole.Domain.Rulings;

namespace RegionalConsole.Tests.Domain.Rulings;

public sealed class RulingMatcherTests
{
    private static readonly string[] FirstAid = ["急救人員", "安全衛生教育訓練"];

    [Fact]
    public void ARetiredRulingAppliesToNoCourseEvenWhenItsKeywordsMatch()
    {
        Assert.True(RulingMatcher.Applies(["急救人員", "安全衛生教育訓練"], retired: false, "急救人員安全衛生教育訓練(16小時)"));
        Assert.False(RulingMatcher.Applies(["急救人員", "安全衛生教育訓練"], retired: true, "急救人員安全衛生教育訓練(16小時)"));
    }

    [Fact]
    public void ATitleContainingEveryKeywordMatches()
    {
        Assert.True(RulingMatcher.Matches(FirstAid, "115年度急救人員安全衛生教育訓練(16小時)"));
    }

    [Fact]
    public void SpacesAndFullWidthFormsAreIgnored()
    {
        Assert.True(RulingMatcher.Matches(["CPR"], "急救人員 ＣＰＲ 訓練"));
        Assert.True(RulingMatcher.Matches(FirstAid, "急救 人員安全衛生 教育訓練（16小時）"));
    }

    [Fact]
    public void ATitleMissingOneKeywordDoesNotMatch()
    {
        Assert.False(RulingMatcher.Matches(FirstAid, "職場安全衛生教育訓練"));
    }

    [Fact]
    public void ARulingWithoutKeywordsMatchesNothing()
    {
        Assert.False(RulingMatcher.Matches([], "急救人員安全衛生教育訓練"));
    }

    [Fact]
    public void KeywordsAreSplitOnCommasAndEnumerationCommas()
    {
        Assert.Equal(["急救人員", "安全衛生教育訓練", "CPR"], RulingMatcher.SplitKeywords("急救人員、安全衛生教育訓練, CPR，"));
    }
}
