using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;
using static RegionalConsole.Tests.Domain.Tags.TagCheckTests;

namespace RegionalConsole.Tests.Domain.Tags;

/// <summary>幼兒園教保專業知能: audience and organisers (SPEC §5.2; 幼兒園教保專業知能研習實施辦法第3條).</summary>
public class PreschoolTagTests
{
    [Fact]
    public void APreschoolCourseForPreschoolEducatorsFromAPreschoolHasNoFindings() =>
        Assert.Empty(Run(Preschool, new CheckContext { OrganiserType = InstitutionType.Preschool }));

    [Theory]
    [InlineData(Audience.ElementaryTeacher)]
    [InlineData(Audience.All)]
    public void PreschoolProfessionalKnowledgeWithoutPreschoolEducatorsInTheAudienceIsAnError(Audience audience)
    {
        var result = Assert.Single(Run(Preschool with { Audience = [audience] }));

        Assert.Equal(
            (CheckCodes.TagPreschoolAudience, CheckSeverity.Error, "幼兒園教保專業知能"),
            (result.Code, result.Severity, result.Tag));
        Assert.Contains("教保服務人員", result.Message, StringComparison.Ordinal);
        Assert.StartsWith("研習對象：", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void PreschoolEducatorsAmongOtherAudiencesAreEnough() =>
        Assert.Empty(Run(Preschool with { Audience = [Audience.ElementaryTeacher, Audience.PreschoolEducator] }));

    [Theory]
    [InlineData(InstitutionType.University)]
    [InlineData(InstitutionType.MunicipalSchool)]
    [InlineData(InstitutionType.PrivateBody)]
    public void PreschoolProfessionalKnowledgeFromAnOrganiserTheRegulationDoesNotNameIsAnError(InstitutionType organiser)
    {
        var result = Assert.Single(Run(Preschool, new CheckContext { OrganiserType = organiser }));

        Assert.Equal(
            (CheckCodes.TagPreschoolOrganiser, CheckSeverity.Error, "幼兒園教保專業知能", "幼兒園教保專業知能研習實施辦法第3條"),
            (result.Code, result.Severity, result.Tag, result.Rule));
        Assert.Contains("核准文號：府教研字第1150000001號", result.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(InstitutionType.CentralAgency)]
    [InlineData(InstitutionType.LocalGovernmentAgency)]
    [InlineData(InstitutionType.Preschool)]
    [InlineData(null)]
    public void TheCompetentAuthorityAPreschoolOrAnUnknownOrganiserRaisesNoOrganiserError(InstitutionType? organiser) =>
        Assert.DoesNotContain(Run(Preschool, new CheckContext { OrganiserType = organiser }), c => c.Code == CheckCodes.TagPreschoolOrganiser);

    [Fact]
    public void BasicLifeSupportTrainingByAProfessionalTrainingUnitIsTheException()
    {
        var draft = Preschool with
        {
            Title = "嬰幼兒心肺復甦術 CPR 與 AED 訓練",
            Tags = ["幼兒園教保專業知能", "基本救命術訓練"],
        };

        Assert.Empty(Run(draft, new CheckContext { OrganiserType = InstitutionType.PrivateBody }));
    }

    [Fact]
    public void PreschoolProfessionalKnowledgeIsSuggestedOnlyForPreschoolEducators()
    {
        var undeclared = Preschool with { Tags = [] };

        Assert.Contains(Run(undeclared), c => c.Code == CheckCodes.TagSuggested && c.Tag == "幼兒園教保專業知能");
        Assert.DoesNotContain(Run(undeclared with { Audience = [Audience.ElementaryTeacher] }), c => c.Code == CheckCodes.TagSuggested);
    }

    [Fact]
    public void PreschoolProfessionalKnowledgeIsNotSuggestedToAnOrganiserThatMayNotRunIt() =>
        Assert.DoesNotContain(
            Run(Preschool with { Tags = [] }, new CheckContext { OrganiserType = InstitutionType.University }),
            c => c.Code == CheckCodes.TagSuggested);
}
