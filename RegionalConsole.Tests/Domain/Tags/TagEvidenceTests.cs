using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Tags;
using static RegionalConsole.Tests.Domain.Checks.CheckTestCourse;
using static RegionalConsole.Tests.Domain.Tags.TagCheckTests;

namespace RegionalConsole.Tests.Domain.Tags;

/// <summary>Evidence for declared tags and suggestions of undeclared ones (SPEC §5.2).</summary>
public class TagEvidenceTests
{
    private static readonly CourseDraft Calligraphy = Clean with
    {
        Title = "書法教學：楷書基本筆法",
        Tags = [],
        Outline = "練習楷書基本筆畫，提升教師書法教學能力。",
        Schedule = [new(Day, "09:00", "12:00", "楷書筆法練習")],
    };

    [Fact]
    public void ADeclaredTagWithNoWordOfItAnywhereNeedsTheCentresJudgment()
    {
        var result = Assert.Single(Run(Calligraphy with { Tags = ["國際教育"] }));

        Assert.Equal((CheckCodes.TagNoEvidence, CheckSeverity.Warning, "國際教育"), (result.Code, result.Severity, result.Tag));
        Assert.Contains("區域管理中心", result.Message, StringComparison.Ordinal);
        Assert.Equal("標題：『書法教學：楷書基本筆法』", result.Evidence);
    }

    [Fact]
    public void TheTagPrefixItselfIsNoEvidence() =>
        Assert.Equal(
            [CheckCodes.TagNoEvidence],
            Run(Calligraphy with { Title = "【國際教育】書法教學", Tags = ["國際教育"] }).Select(c => c.Code));

    [Theory]
    [InlineData("書法與跨文化", null, null)]
    [InlineData(null, "透過書法認識跨文化交流。", null)]
    [InlineData(null, null, "國際交流分享")]
    public void OneWordOfTheTagInTitleOutlineOrScheduleIsEvidence(string? title, string? outline, string? activity)
    {
        var draft = Calligraphy with
        {
            Tags = ["國際教育"],
            Title = title ?? Calligraphy.Title,
            Outline = outline ?? Calligraphy.Outline,
            Schedule = [new(Day, "09:00", "12:00", activity ?? "楷書筆法練習")],
        };

        Assert.DoesNotContain(Run(draft), c => c.Code == CheckCodes.TagNoEvidence);
    }

    [Fact]
    public void StrongEvidenceForAnUndeclaredActiveTagIsASuggestionSayingWhichWordsMatchedWhere()
    {
        var result = Assert.Single(Run(Clean with { Title = "國際教育跨文化課程設計", Tags = [], Outline = "培養全球公民素養。" }));

        Assert.Equal((CheckCodes.TagSuggested, CheckSeverity.Info, "國際教育"), (result.Code, result.Severity, result.Tag));
        Assert.Equal("標題：『國際教育』、『跨文化』；大綱：『全球公民』；課程表：『國際教育』", result.Evidence);
    }

    [Theory]
    [InlineData("七年級-Scratch 遊戲設計專題", "資訊非專")]
    [InlineData("CPR+AED 基本救命術研習", "基本救命術訓練")]
    [InlineData("校園食安與緊急應變", "安全教育")]
    [InlineData("交通安全教育教學觀摩", "安全教育")]
    [InlineData("跨國視訊共學課程設計", "國際教育")]
    [InlineData("115年中小學氣候變遷教育推動計畫增能研習", "環境教育")]
    [InlineData("資訊融入數學教學", "數位教學")]
    public void ATitleThatShowsATagSuggestsIt(string title, string tag) =>
        Assert.Contains(Suggestions(title), s => s == tag);

    [Theory]
    [InlineData("115年度資訊安全教育訓練", "安全教育")]
    [InlineData("團隊心理安全感與教師合作", "安全教育")]
    [InlineData("資訊融入數學教學", "資訊非專")]
    [InlineData("主任儲訓：學校行政領導與法規", "教學領導")]
    [InlineData("英語繪本教學工作坊", "國際教育")]
    public void ANearMissSuggestsNothing(string title, string tag) =>
        Assert.DoesNotContain(Suggestions(title), s => s == tag);

    [Fact]
    public void SupportingWordsAloneAreNotStrongEvidence() =>
        Assert.Empty(Suggestions("國際資訊", "國外的資訊與國際新知。"));

    [Fact]
    public void AProposedTagIsNeverSuggested() =>
        Assert.DoesNotContain(Suggestions("SDGs 永續發展目標與雙語教學 EMI"), s => s is "SDGs" or "雙語教育");

    [Fact]
    public void ARetiredTagIsNeverSuggested()
    {
        var context = WithTags(Old.Retire(Day.AddYears(1)));

        Assert.DoesNotContain(Suggestions("舊主題研習", context: context), s => s == "舊標籤");
        Assert.Contains(Suggestions("舊主題研習", context: WithTags(Old)), s => s == "舊標籤");
    }

    [Fact]
    public void ADeclaredTagIsNotSuggestedAgain() =>
        Assert.DoesNotContain(Run(Clean with { Title = "國際教育跨文化課程設計" }), c => c.Code == CheckCodes.TagSuggested);

    private static IEnumerable<string?> Suggestions(string title, string outline = "旨在提升教師專業知能。", CheckContext? context = null) =>
        Run(Clean with { Title = title, Tags = [], Outline = outline, Schedule = [new(Day, "09:00", "12:00", "專題講座")] }, context)
            .Where(c => c.Code == CheckCodes.TagSuggested)
            .Select(c => c.Tag);
}
