using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Tests.Domain.Schedule;

/// <summary>Finding the deciding term in an activity as typed, to highlight it on the review screen.</summary>
public class TermLocationTests
{
    [Fact]
    public void FindsAChineseTermAtTheStart() =>
        Assert.Equal((0, 2), TermLocation.Find("開幕式暨專題演講", "開幕"));

    [Fact]
    public void FindsATermSpacedOut() =>
        Assert.Equal((0, 3), TermLocation.Find("報 到", "報到"));

    [Fact]
    public void FindsALatinTermInFullWidthIgnoringCase() =>
        Assert.Equal((3, 8), TermLocation.Find("休息／ｔｅａ　Ｔｉｍｅ！", "Tea Time"));

    [Fact]
    public void FindsTheFirstOccurrence() =>
        Assert.Equal((5, 2), TermLocation.Find("專題演講：午餐與午餐後", "午餐"));

    [Fact]
    public void IsNullWhenTheTermIsNotThere() =>
        Assert.Null(TermLocation.Find("專題演講", "報到"));

    [Theory]
    [InlineData(null, "報到")]
    [InlineData("報到", null)]
    [InlineData("報到", " ")]
    public void IsNullWithoutActivityOrTerm(string? activity, string? term) =>
        Assert.Null(TermLocation.Find(activity, term));
}
