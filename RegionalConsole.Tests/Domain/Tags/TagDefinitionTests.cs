using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Tests.Domain.Tags;

public class TagDefinitionTests
{
    private static readonly DateOnly From = new(2026, 1, 1);

    private static TagDefinition Defined => TagDefinition.Propose("國際教育", requestingUnit: "國際化專案辦公室", definition: "國際教育之研習。");

    [Fact]
    public void AProposalIsNotUsableAndIsLabelledByItsNameWhenNoLabelIsGiven()
    {
        var tag = TagDefinition.Propose("SDGs");

        Assert.Equal((TagStatus.Proposed, "SDGs", null), (tag.Status, tag.Label, tag.Definition));
        Assert.False(tag.IsActiveOn(From));
    }

    [Fact]
    public void AProposalWithoutADefinitionCannotBeActivated()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TagDefinition.Propose("雙語教育").Activate(From));

        Assert.Contains("definition", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADefinedProposalIsActiveFromItsActivationDay()
    {
        var tag = Defined.Activate(From);

        Assert.Equal((TagStatus.Active, (DateOnly?)From), (tag.Status, tag.ActiveFrom));
        Assert.False(tag.IsActiveOn(From.AddDays(-1)));
        Assert.True(tag.IsActiveOn(From));
    }

    [Fact]
    public void DefiningAProposalLaterLetsItBeActivated()
    {
        var tag = TagDefinition.Propose("SDGs").Define("聯合國永續發展目標之研習。").Activate(From);

        Assert.Equal(TagStatus.Active, tag.Status);
    }

    [Fact]
    public void AnActiveTagCannotBeActivatedAgain() =>
        Assert.Throws<InvalidOperationException>(() => Defined.Activate(From).Activate(From.AddDays(1)));

    [Fact]
    public void ATagCannotBeGivenAnEmptyDefinition() =>
        Assert.Throws<InvalidOperationException>(() => Defined.Activate(From).Define(" "));

    [Fact]
    public void ARetiredTagStillFitsCoursesHeldBeforeItsRetirementButNoneFromThen()
    {
        var retiredOn = new DateOnly(2026, 8, 1);

        var tag = Defined.Activate(From).Retire(retiredOn);

        Assert.Equal(TagStatus.Retired, tag.Status);
        Assert.True(tag.IsActiveOn(retiredOn.AddDays(-1)));
        Assert.False(tag.IsActiveOn(retiredOn));
    }

    [Fact]
    public void AProposalCannotBeRetired() =>
        Assert.Throws<InvalidOperationException>(() => Defined.Retire(From));

    [Fact]
    public void ATagCannotRetireBeforeItWasActivated() =>
        Assert.Throws<InvalidOperationException>(() => Defined.Activate(From).Retire(From.AddDays(-1)));

    [Fact]
    public void ARetiredTagCannotBeActivatedDirectly() =>
        Assert.Throws<InvalidOperationException>(() => Defined.Activate(From).Retire(From.AddYears(1)).Activate(From.AddYears(2)));

    [Fact]
    public void AReopenedTagIsAProposalAgainThatKeepsItsDefinitionAndCanBeActivatedAnew()
    {
        var reopened = Defined.Activate(From).Retire(From.AddYears(1)).Reopen();

        Assert.Equal((TagStatus.Proposed, "國際教育之研習。", null, null), (reopened.Status, reopened.Definition, reopened.ActiveFrom, reopened.RetiredOn));
        Assert.True(reopened.Activate(From.AddYears(2)).IsActiveOn(From.AddYears(2)));
    }

    [Fact]
    public void OnlyARetiredTagCanBeReopened() =>
        Assert.Throws<InvalidOperationException>(() => Defined.Activate(From).Reopen());

    [Theory]
    [InlineData(TagStatus.Proposed, "定義", "2026-01-01", null)]
    [InlineData(TagStatus.Active, null, "2026-01-01", null)]
    [InlineData(TagStatus.Active, "定義", null, null)]
    [InlineData(TagStatus.Active, "定義", "2026-01-01", "2026-06-01")]
    [InlineData(TagStatus.Retired, "定義", "2026-01-01", null)]
    [InlineData(TagStatus.Retired, "定義", "2026-06-01", "2026-01-01")]
    public void AStoredTagThatBreaksTheLifecycleIsRefused(TagStatus status, string? definition, string? activeFrom, string? retiredOn)
    {
        var error = Assert.Throws<ArgumentException>(() => TagDefinition.Restore(
            "國際教育", null, definition, null, status, Date(activeFrom), Date(retiredOn), TagEvidenceRules.None));

        Assert.Contains("國際教育", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStoredRetiredTagIsRestoredAsStored()
    {
        var tag = TagDefinition.Restore(
            "舊標籤", "舊", "定義", "單位", TagStatus.Retired, new(2020, 1, 1), new(2025, 1, 1), TagEvidenceRules.FromWords(["舊主題=2"]));

        Assert.Equal(("舊", TagStatus.Retired, "舊主題=2"), (tag.Label, tag.Status, tag.Keywords.Single().ToString()));
    }

    [Theory]
    [InlineData("跨文化=2", "跨文化", 2)]
    [InlineData("CPR", "CPR", 3)]
    [InlineData(" 資訊安全 = 0 ", "資訊安全", 0)]
    [InlineData("micro:bit=3", "micro:bit", 3)]
    [InlineData("a=b", "a=b", 3)]
    public void AKeywordIsReadFromTermAndWeight(string written, string term, int weight)
    {
        var keyword = TagKeyword.Parse(written);

        Assert.Equal((term, weight), (keyword.Term, keyword.Weight));
        Assert.Equal(keyword, TagKeyword.Parse(keyword.ToString()));
    }

    [Fact]
    public void AKeywordWeightAboveThreeIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TagKeyword.Parse("跨文化=5"));

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
