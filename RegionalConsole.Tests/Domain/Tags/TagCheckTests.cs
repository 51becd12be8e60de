using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Tags;
using static RegionalConsole.Tests.Domain.Checks.CheckTestCourse;

namespace RegionalConsole.Tests.Domain.Tags;

/// <summary>Declared tags against the registry and the title's tag prefixes (SPEC §5.2).</summary>
public class TagCheckTests
{
    [Fact]
    public void TheCleanCourseDeclaringInternationalEducationWithEvidenceHasNoTagFindings() =>
        Assert.Empty(Run(Clean));

    [Fact]
    public void TheStandardCheckerChecksTagsWithTheSeededTable()
    {
        var report = Check(Clean with { Tags = ["國際教育", "自創標籤"] });

        Assert.Contains(report.Checks, c => c.Code == CheckCodes.TagUnknown && c.Tag == "自創標籤");
    }

    [Fact]
    public void WithoutARegistryNoTagIsChecked() =>
        Assert.Empty(Run(Clean with { Tags = ["自創標籤"] }, new CheckContext { Tags = null }));

    [Fact]
    public void AnUnknownTagIsAnErrorAboutThatTag()
    {
        var result = Assert.Single(Run(Clean with { Tags = ["國際教育", "國際交流"] }));

        Assert.Equal((CheckCodes.TagUnknown, CheckSeverity.Error, "國際交流", "管理規定第8條第1款"), (result.Code, result.Severity, result.Tag, result.Rule));
        Assert.Contains("國際交流", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SDGs")]
    [InlineData("ＳＤＧｓ")]
    [InlineData("雙語教育")]
    public void AProposedTagIsNotActive(string declared)
    {
        var result = Assert.Single(Run(Clean with { Tags = ["國際教育", declared] }));

        Assert.Equal((CheckCodes.TagNotActive, CheckSeverity.Error), (result.Code, result.Severity));
        Assert.Equal(TagRegistry.Default.Find(declared)!.Name, result.Tag);
        Assert.Equal("狀態：提案中", result.Evidence);
    }

    [Fact]
    public void ARetiredTagIsNotActiveForACourseHeldFromItsRetirement()
    {
        var context = WithTags(Old.Retire(Day));

        var result = Assert.Single(Run(Clean with { Tags = ["國際教育", "舊標籤"] }, context));

        Assert.Equal((CheckCodes.TagNotActive, "舊標籤"), (result.Code, result.Tag));
        Assert.Equal("停用日：115/12/01；研習開始日：115/12/01", result.Evidence);
    }

    [Fact]
    public void ARetiredTagStillFitsACourseHeldBeforeItsRetirement()
    {
        var context = WithTags(Old.Retire(Day.AddDays(1)));

        Assert.DoesNotContain(Run(Clean with { Tags = ["國際教育", "舊標籤"] }, context), c => c.Code == CheckCodes.TagNotActive);
    }

    [Fact]
    public void ATagActiveOnlyAfterTheCourseStartsIsNotActiveForIt()
    {
        var later = TagDefinition.Propose("新標籤", definition: "定義").Activate(Day.AddDays(1));

        var result = Assert.Single(Run(Clean with { Tags = ["國際教育", "新標籤"] }, WithTags(later)));

        Assert.Equal((CheckCodes.TagNotActive, "新標籤"), (result.Code, result.Tag));
        Assert.Contains("115/12/02", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACourseWithoutAStartDateIsJudgedOnTheTagsStatusAlone()
    {
        var later = TagDefinition.Propose("新標籤", definition: "定義").Activate(Day.AddYears(1));
        var undated = Clean with { Tags = ["國際教育", "新標籤", "SDGs"], StartDate = default, EndDate = default };

        var notActive = Run(undated, WithTags(later)).Where(c => c.Code == CheckCodes.TagNotActive);

        Assert.Equal(["SDGs"], notActive.Select(c => c.Tag));
    }

    [Fact]
    public void ATagDeclaredByNameAndByLabelIsCheckedOnce()
    {
        var results = Run(Clean with { Tags = ["SDGs", "ｓｄｇｓ", "國際教育"] });

        Assert.Single(results, c => c.Code == CheckCodes.TagNotActive);
    }

    [Fact]
    public void ATagPrefixThatIsNotDeclaredIsAMismatch()
    {
        var result = Assert.Single(Run(Clean with { Title = "【國際教育】[資訊非專]跨文化課程設計", Tags = ["國際教育"] }));

        Assert.Equal((CheckCodes.TagPrefixMismatch, CheckSeverity.Error, "資訊非專"), (result.Code, result.Severity, result.Tag));
        Assert.Equal("前綴：【國際教育】[資訊非專]；標註：國際教育", result.Evidence);
    }

    [Fact]
    public void ADeclaredTagMissingFromTheTagPrefixesIsAMismatch()
    {
        var results = Run(Clean with { Title = "【國際教育】跨文化課程設計", Tags = ["國際教育", "環境教育"] });

        Assert.Contains(results, c => c.Code == CheckCodes.TagPrefixMismatch && c.Tag == "環境教育");
        Assert.DoesNotContain(results, c => c.Code == CheckCodes.TagPrefixMismatch && c.Tag == "國際教育");
    }

    [Fact]
    public void ATagPrefixWithoutAnyDeclaredTagIsAMismatch() =>
        Assert.Equal(
            [(CheckCodes.TagPrefixMismatch, "國際教育")],
            Run(Clean with { Tags = [] }).Select(c => (c.Code, c.Tag)));

    [Fact]
    public void ATitleWithoutTagPrefixesMatchesAnyDeclaredTags() =>
        Assert.Empty(Run(Clean with { Title = "跨文化課程設計工作坊（第1場）" }));

    [Fact]
    public void APrefixByLabelMatchesTheTagDeclaredByName() =>
        Assert.DoesNotContain(
            Run(Preschool with { Title = "[教保專業]當遊戲不再完美：學習區引導" }),
            c => c.Code == CheckCodes.TagPrefixMismatch);

    [Theory]
    [InlineData("【繪本原來還可以這樣讀！】02翻頁設計")]
    [InlineData("【國中小場次】跨國視訊共學")]
    [InlineData("【Cool English】國際交流課程")]
    public void AnOrganisersOwnLabelIsNeverAnError(string title) =>
        Assert.DoesNotContain(Run(Clean with { Title = title }), c => c.Severity == CheckSeverity.Error);

    internal static TagDefinition Old { get; } =
        TagDefinition.Propose("舊標籤", definition: "舊主題之研習。").WithEvidence(TagEvidenceRules.FromWords(["舊主題=3"])).Activate(new(2020, 1, 1));

    internal static CourseDraft Preschool { get; } = Clean with
    {
        Title = "當遊戲不再完美：幼兒園學習區引導",
        Tags = ["幼兒園教保專業知能"],
        Outline = "探討幼兒在學習區遊戲遇到挫折時，教保服務人員如何觀察與引導。",
        Audience = [Audience.PreschoolEducator],
    };

    internal static CheckContext WithTags(params TagDefinition[] extra) =>
        new() { Tags = new TagRegistry([.. TagRegistry.Default.All, .. extra]) };

    internal static IReadOnlyList<CheckResult> Run(CourseDraft draft, CheckContext? context = null) =>
        Checks.CheckTestCourse.Run(new TagCheck(), draft, context);
}
