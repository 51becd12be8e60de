using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Tests.Domain.Tags;

/// <summary>The reasons <see cref="TagDefinition"/> gives for refusing a change, asked before trying it.</summary>
public class TagRefusalTests
{
    private static readonly DateOnly From = new(2026, 1, 1);

    private static TagDefinition Defined => TagDefinition.Propose("國際教育", definition: "國際教育之研習。");

    [Fact]
    public void AProposalWithoutADefinitionIsRefusedActivationForThatReason() =>
        Assert.Equal(TagRefusal.NoDefinition, TagDefinition.Propose("SDGs").RefusalToActivate());

    [Fact]
    public void ADefinedProposalMayBeActivated() =>
        Assert.Null(Defined.RefusalToActivate());

    [Fact]
    public void AnActiveTagIsRefusedActivationAsNotProposed() =>
        Assert.Equal(TagRefusal.NotProposed, Defined.Activate(From).RefusalToActivate());

    [Fact]
    public void ARetirementBeforeTheActivationDayIsRefused() =>
        Assert.Equal(TagRefusal.RetiresBeforeActivation, Defined.Activate(From).RefusalToRetire(From.AddDays(-1)));

    [Fact]
    public void AProposalIsRefusedRetirementAsNotActive() =>
        Assert.Equal(TagRefusal.NotActive, Defined.RefusalToRetire(From));

    [Fact]
    public void OnlyARetiredTagMayBeReopened()
    {
        Assert.Equal(TagRefusal.NotRetired, Defined.Activate(From).RefusalToReopen());
        Assert.Null(Defined.Activate(From).Retire(From.AddYears(1)).RefusalToReopen());
    }

    [Fact]
    public void ABlankDefinitionIsRefused() =>
        Assert.Equal(TagRefusal.EmptyDefinition, Defined.RefusalToDefine(" "));

    [Fact]
    public void EveryRefusalIsAlsoWhatTheChangeThrowsFor()
    {
        var proposal = TagDefinition.Propose("SDGs");

        Assert.Contains("definition", Assert.Throws<InvalidOperationException>(() => proposal.Activate(From)).Message, StringComparison.Ordinal);
        Assert.Contains("before it was activated",
            Assert.Throws<InvalidOperationException>(() => Defined.Activate(From).Retire(From.AddDays(-1))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-12-31", true)]
    [InlineData("2026-06-30", true)]
    [InlineData("2026-07-01", false)]
    public void ARetiredTagIsUsableLaterOnlyWhileItsRetirementDayIsAhead(string day, bool usable)
    {
        var retired = Defined.Activate(From).Retire(new DateOnly(2026, 7, 1));

        Assert.Equal(usable, retired.IsUsableOnOrAfter(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AnActiveTagIsUsableLaterEvenBeforeItStartsButAProposalIsNot()
    {
        Assert.True(Defined.Activate(From).IsUsableOnOrAfter(From.AddDays(-10)));
        Assert.False(Defined.IsUsableOnOrAfter(From));
    }
}
