using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Tests.Domain.Tags;

public class TagRegistryTests
{
    private static readonly TagRegistry Registry = TagRegistry.Default;

    [Theory]
    [InlineData("幼兒園教保專業知能")]
    [InlineData("教保專業")]
    [InlineData(" 教保專業 ")]
    [InlineData("教保　專業")]
    public void ATagIsFoundByItsNameOrItsShortLabel(string typed) =>
        Assert.Equal("幼兒園教保專業知能", Registry.Find(typed)?.Name);

    [Theory]
    [InlineData("ＳＤＧｓ")]
    [InlineData("sdgs")]
    [InlineData("SDGS")]
    public void LookupsFoldFullWidthAndCase(string typed) => Assert.Equal("SDGs", Registry.Find(typed)?.Name);

    [Theory]
    [InlineData("國際")]
    [InlineData("國中小場次")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingElseNamesNoTag(string? typed) => Assert.Null(Registry.Find(typed));

    [Fact]
    public void TheShortLabelOfAnUnknownNameIsTheNameItself()
    {
        Assert.Equal("教保專業", Registry.LabelOf("幼兒園教保專業知能"));
        Assert.Equal("自創標籤", Registry.LabelOf(" 自創標籤 "));
    }

    [Fact]
    public void ALabelThatIsAnotherTagsNameIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new TagRegistry(
            [TagDefinition.Propose("國際教育"), TagDefinition.Propose("國際教育推動", "國際教育")]));

        Assert.Contains("國際教育推動", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSeededTagsAreThoseOfTheMinutesAndOfRealListings()
    {
        Assert.Equal(
            ["幼兒園教保專業知能", "基本救命術訓練", "安全教育", "生科非專", "資訊非專", "健康非專", "國際教育", "教學領導",
             "環境教育", "精進數位", "素養導向", "領綱素養", "數位教學", "媒體素養"],
            Registry.Active.Select(t => t.Name));
        Assert.Equal(["SDGs", "雙語教育"], Registry.All.Where(t => t.Status == TagStatus.Proposed).Select(t => t.Name));
    }

    [Fact]
    public void EverySeededActiveTagHasADefinitionKeywordsAndAnActivationDate() =>
        Assert.All(Registry.Active, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Definition));
            Assert.NotEmpty(t.Keywords);
            Assert.NotNull(t.ActiveFrom);
        });

    [Fact]
    public void SeededProposalsHaveNoDefinitionYet() =>
        Assert.All(Registry.All.Where(t => t.Status == TagStatus.Proposed), t => Assert.Null(t.Definition));

    [Fact]
    public void PreschoolProfessionalKnowledgeNeedsPreschoolEducatorsAndAnAllowedOrganiser()
    {
        var tag = Registry.Find("教保專業")!;

        Assert.Equal([Audience.PreschoolEducator], tag.RequiredAudience);
        Assert.Equal(
            [InstitutionType.CentralAgency, InstitutionType.LocalGovernmentAgency, InstitutionType.Preschool],
            tag.AllowedOrganiserTypes);
        Assert.Empty(Registry.Find("基本救命術訓練")!.AllowedOrganiserTypes);
    }
}
