using RegionalConsole.Domain;

namespace RegionalConsole.Tests.Domain;

/// <summary>SPEC §13.3: an overlong stored text is shown as its first part, with how long the whole was.</summary>
public class TextExcerptTests
{
    [Fact]
    public void ATextWithinTheLimitIsShownWhole()
    {
        var excerpt = TextExcerpt.Of("課程大綱", limit: 4);

        Assert.Equal(("課程大綱", 4, false), (excerpt.Text, excerpt.FullLength, excerpt.IsCut));
    }

    [Fact]
    public void AnOverlongTextIsCutAtTheLimitAndKnowsItsFullLength()
    {
        var excerpt = TextExcerpt.Of(new string('長', 2_000_000));

        Assert.Equal((TextExcerpt.DisplayLimit, 2_000_000, true), (excerpt.Text.Length, excerpt.FullLength, excerpt.IsCut));
    }

    [Fact]
    public void ACutNeverEndsBetweenTheHalvesOfACharacter()
    {
        var excerpt = TextExcerpt.Of("ab𠀀c", limit: 3);

        Assert.Equal("ab", excerpt.Text);
    }

    [Fact]
    public void NoTextIsAnEmptyExcerpt() => Assert.Equal(("", false), (TextExcerpt.Of(null).Text, TextExcerpt.Of(null).IsCut));
}
