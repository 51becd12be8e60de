using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Tests.Domain.Schedule;

public class ScheduleTermsTests
{
    [Fact]
    public void TheDefaultListsAreThoseOfTheRule()
    {
        var expected = new Dictionary<ExcludedCategory, string>
        {
            [ExcludedCategory.Travel] = "車程, 搭車, 乘車, 交通時間, 交通接駁, 集合出發, 賦歸",
            [ExcludedCategory.SignInOut] = "報到, 簽到, 簽退, Registration, Check-in, Sign-in",
            [ExcludedCategory.OpeningClosing] = "開幕, 閉幕, 開場, 開訓, 結訓, 始業式, 結業式, 典禮, 致詞, 合照, Opening, Closing",
            [ExcludedCategory.FreeVisit] = "自由參觀, 自由時間, 自由運用, 自由交流",
            [ExcludedCategory.Appreciation] = "欣賞",
            [ExcludedCategory.LunchBreak] = "午餐, 午休, 用餐, 午膳, Lunch",
            [ExcludedCategory.Intermission] = "休息, Break",
            [ExcludedCategory.TeaBreak] = "茶敘, 茶點, Tea Time, Tea Break, Coffee Break",
        };
        var terms = ScheduleTerms.Default;

        Assert.Equal(expected, terms.Excluded.ToDictionary(p => p.Key, p => string.Join(", ", p.Value)));
        Assert.Equal(
            "講座, 演講, 專題, 工作坊, 實作, 研討, 座談, 分享, 教學, 討論, 講授, 演練, 觀課, 議課, 示範",
            string.Join(", ", terms.TeachingWords));
        Assert.Equal(["政令宣導"], terms.UnderDiscussionTerms);
    }

    [Fact]
    public void EveryExcludedCategoryHasDefaultTerms() =>
        Assert.All(Enum.GetValues<ExcludedCategory>(), c => Assert.NotEmpty(ScheduleTerms.Default.Excluded[c]));

    [Fact]
    public void ATermAnAdministratorAddsIsRecognised()
    {
        var terms = WithExcluded(ExcludedCategory.FreeVisit, "逛市集");

        Assert.Equal(
            new(SegmentClassification.Excluded, ExcludedCategory.FreeVisit, "逛市集"),
            terms.Classifier.Classify("下午逛市集"));
    }

    [Fact]
    public void ATermAnAdministratorRemovesIsNoLongerRecognised()
    {
        var terms = new ScheduleTerms(
            new Dictionary<ExcludedCategory, IReadOnlyList<string>> { [ExcludedCategory.SignInOut] = ["簽到"] },
            ScheduleTerms.Default.TeachingWords,
            ScheduleTerms.Default.UnderDiscussionTerms);

        Assert.Equal(SegmentClassification.Creditable, terms.Classifier.Classify("報到").Classification);
    }

    [Fact]
    public void ALatinTeachingWordMakesAnExcludedActivityMixed()
    {
        var terms = new ScheduleTerms(
            ScheduleTerms.Default.Excluded, [.. ScheduleTerms.Default.TeachingWords, "Workshop"], []);

        Assert.Equal(SegmentClassification.Mixed, terms.Classifier.Classify("Lunch & WORKSHOP").Classification);
    }

    [Fact]
    public void AnAdministratorsUnderDiscussionTermIsRecognised()
    {
        var terms = new ScheduleTerms(ScheduleTerms.Default.Excluded, ScheduleTerms.Default.TeachingWords, ["校務會議"]);

        Assert.Equal(
            new(SegmentClassification.UnderDiscussion, null, "校務會議"),
            terms.Classifier.Classify("期初校務會議"));
    }

    [Fact]
    public void ATermTypedWithFullWidthOrSpacesMatchesItsHalfWidthForm()
    {
        var terms = WithExcluded(ExcludedCategory.TeaBreak, " Ｈｉｇｈ  Ｔｅａ ");

        Assert.Equal("Ｈｉｇｈ  Ｔｅａ", terms.Classifier.Classify("high tea").Term);
    }

    [Fact]
    public void BlankTermsAreIgnored()
    {
        var terms = WithExcluded(ExcludedCategory.TeaBreak, "  ");

        Assert.Equal(SegmentClassification.Creditable, terms.Classifier.Classify("專題演講").Classification);
    }

    [Fact]
    public void ATermInTwoCategoriesIsRefused() =>
        Assert.Throws<ArgumentException>(() => WithExcluded(ExcludedCategory.Travel, "午餐"));

    [Fact]
    public void ATermBothExcludedAndTeachingIsRefused() =>
        Assert.Throws<ArgumentException>(() =>
            new ScheduleTerms(ScheduleTerms.Default.Excluded, ["報 到"], []));

    [Fact]
    public void TheSameTermTwiceInOneCategoryIsHarmless()
    {
        var terms = WithExcluded(ExcludedCategory.LunchBreak, "午餐");

        Assert.Equal(ExcludedCategory.LunchBreak, terms.Classifier.Classify("午餐").Category);
    }

    [Fact]
    public void TheClassifierOfTheDefaultListsIsCompiledOnce() =>
        Assert.Same(ScheduleTerms.Default.Classifier, SegmentClassifier.Default);

    private static ScheduleTerms WithExcluded(ExcludedCategory category, string term)
    {
        var excluded = ScheduleTerms.Default.Excluded.ToDictionary(p => p.Key, p => p.Value);
        excluded[category] = [.. excluded[category], term];
        return new ScheduleTerms(excluded, ScheduleTerms.Default.TeachingWords, ScheduleTerms.Default.UnderDiscussionTerms);
    }
}
