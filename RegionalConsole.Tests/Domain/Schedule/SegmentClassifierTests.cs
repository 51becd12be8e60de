using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Tests.Domain.Schedule;

public class SegmentClassifierTests
{
    private static readonly SegmentClassifier Classifier = SegmentClassifier.Default;

    [Theory]
    [InlineData("搭遊覽車前往會場（車程）", ExcludedCategory.Travel, "車程")]
    [InlineData("搭車前往", ExcludedCategory.Travel, "搭車")]
    [InlineData("乘車至臺江國家公園", ExcludedCategory.Travel, "乘車")]
    [InlineData("交通時間", ExcludedCategory.Travel, "交通時間")]
    [InlineData("交通接駁至第二會場", ExcludedCategory.Travel, "交通接駁")]
    [InlineData("集合出發", ExcludedCategory.Travel, "集合出發")]
    [InlineData("賦歸", ExcludedCategory.Travel, "賦歸")]
    [InlineData("報到", ExcludedCategory.SignInOut, "報到")]
    [InlineData("簽到領取資料", ExcludedCategory.SignInOut, "簽到")]
    [InlineData("簽退", ExcludedCategory.SignInOut, "簽退")]
    [InlineData("Registration", ExcludedCategory.SignInOut, "Registration")]
    [InlineData("Check-in", ExcludedCategory.SignInOut, "Check-in")]
    [InlineData("Sign-in & name badges", ExcludedCategory.SignInOut, "Sign-in")]
    [InlineData("開幕", ExcludedCategory.OpeningClosing, "開幕")]
    [InlineData("閉幕", ExcludedCategory.OpeningClosing, "閉幕")]
    [InlineData("開場", ExcludedCategory.OpeningClosing, "開場")]
    [InlineData("開訓", ExcludedCategory.OpeningClosing, "開訓")]
    [InlineData("結訓", ExcludedCategory.OpeningClosing, "結訓")]
    [InlineData("始業式", ExcludedCategory.OpeningClosing, "始業式")]
    [InlineData("結業式", ExcludedCategory.OpeningClosing, "結業式")]
    [InlineData("頒獎典禮", ExcludedCategory.OpeningClosing, "典禮")]
    [InlineData("長官致詞", ExcludedCategory.OpeningClosing, "致詞")]
    [InlineData("大合照", ExcludedCategory.OpeningClosing, "合照")]
    [InlineData("Opening", ExcludedCategory.OpeningClosing, "Opening")]
    [InlineData("Closing remarks", ExcludedCategory.OpeningClosing, "Closing")]
    [InlineData("自由參觀", ExcludedCategory.FreeVisit, "自由參觀")]
    [InlineData("自由時間", ExcludedCategory.FreeVisit, "自由時間")]
    [InlineData("自由運用", ExcludedCategory.FreeVisit, "自由運用")]
    [InlineData("自由交流", ExcludedCategory.FreeVisit, "自由交流")]
    [InlineData("影片欣賞", ExcludedCategory.Appreciation, "欣賞")]
    [InlineData("午餐", ExcludedCategory.LunchBreak, "午餐")]
    [InlineData("午休", ExcludedCategory.LunchBreak, "午休")]
    [InlineData("用餐", ExcludedCategory.LunchBreak, "用餐")]
    [InlineData("午膳", ExcludedCategory.LunchBreak, "午膳")]
    [InlineData("Lunch", ExcludedCategory.LunchBreak, "Lunch")]
    [InlineData("中場休息", ExcludedCategory.Intermission, "休息")]
    [InlineData("Break", ExcludedCategory.Intermission, "Break")]
    [InlineData("茶敘", ExcludedCategory.TeaBreak, "茶敘")]
    [InlineData("茶點時間", ExcludedCategory.TeaBreak, "茶點")]
    [InlineData("Tea Time", ExcludedCategory.TeaBreak, "Tea Time")]
    [InlineData("Tea Break", ExcludedCategory.TeaBreak, "Tea Break")]
    [InlineData("Coffee Break", ExcludedCategory.TeaBreak, "Coffee Break")]
    public void AnActivityNamingADefaultTermIsExcludedInItsCategory(string activity, ExcludedCategory category, string term) =>
        Assert.Equal(new(SegmentClassification.Excluded, category, term), Classifier.Classify(activity));

    [Theory]
    [InlineData("報 到", "報到")]
    [InlineData("報\u3000到", "報到")]
    [InlineData("茶  敘", "茶敘")]
    [InlineData("自 由 參 觀", "自由參觀")]
    [InlineData("Ｔｅａ Ｔｉｍｅ!", "Tea Time")]
    [InlineData("Ｃｏｆｆｅｅ\u3000Ｂｒｅａｋ", "Coffee Break")]
    [InlineData("Tea  Time!", "Tea Time")]
    [InlineData("tea\ttime", "Tea Time")]
    [InlineData("LUNCH", "Lunch")]
    [InlineData("ＲＥＧＩＳＴＲＡＴＩＯＮ", "Registration")]
    public void FullWidthSpacedOrDifferentlyCasedTextStillNamesTheTerm(string activity, string term) =>
        Assert.Equal(term, Classifier.Classify(activity).Term);

    [Theory]
    [InlineData("Breakout session：分組教案研發")]
    [InlineData("Lunchbox design workshop")]
    [InlineData("Teatime-less talk about tea timers")]
    [InlineData("Preopening remarks analysis")]
    [InlineData("交通安全教育")]
    [InlineData("參訪")]
    [InlineData("導覽解說")]
    public void ATermInsideALongerWordOrPhraseIsNotNamed(string activity) =>
        Assert.Equal(SegmentClassification.Creditable, Classifier.Classify(activity).Classification);

    [Theory]
    [InlineData("茶敘Tea Time", "茶敘")]
    [InlineData("Tea Time茶敘", "Tea Time")]
    [InlineData("午餐Lunch", "午餐")]
    [InlineData("報到Registration", "報到")]
    public void ALatinTermNextToChineseIsAWholeWord(string activity, string firstTerm) =>
        Assert.Equal(firstTerm, Classifier.Classify(activity).Term);

    [Theory]
    [InlineData("賦歸、午餐", ExcludedCategory.Travel, "賦歸")]
    [InlineData("午餐後賦歸", ExcludedCategory.LunchBreak, "午餐")]
    [InlineData("茶敘休息", ExcludedCategory.TeaBreak, "茶敘")]
    [InlineData("休息茶敘", ExcludedCategory.Intermission, "休息")]
    [InlineData("Lunch Break", ExcludedCategory.LunchBreak, "Lunch")]
    [InlineData("Coffee Break", ExcludedCategory.TeaBreak, "Coffee Break")]
    [InlineData("Break / Tea Time", ExcludedCategory.Intermission, "Break")]
    [InlineData("報到、開幕式", ExcludedCategory.SignInOut, "報到")]
    [InlineData("開幕式、報到", ExcludedCategory.OpeningClosing, "開幕")]
    public void WhenSeveralCategoriesAreNamedTheFirstOccurringTermDecides(
        string activity, ExcludedCategory category, string term) =>
        Assert.Equal(new(SegmentClassification.Excluded, category, term), Classifier.Classify(activity));

    [Theory]
    [InlineData("報到及專題演講", ExcludedCategory.SignInOut, "報到")]
    [InlineData("音樂欣賞教學策略", ExcludedCategory.Appreciation, "欣賞")]
    [InlineData("開幕式暨專題演講", ExcludedCategory.OpeningClosing, "開幕")]
    [InlineData("午餐分享會", ExcludedCategory.LunchBreak, "午餐")]
    [InlineData("專題講座（含茶敘）", ExcludedCategory.TeaBreak, "茶敘")]
    public void AnExcludedActivityWithTeachingIsMixedInTheExcludedCategory(
        string activity, ExcludedCategory category, string term) =>
        Assert.Equal(new(SegmentClassification.Mixed, category, term), Classifier.Classify(activity));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void AnEmptyActivityIsMixedWithoutCategory(string? activity) =>
        Assert.Equal(new(SegmentClassification.Mixed, null, null), Classifier.Classify(activity));

    [Theory]
    [InlineData("政令宣導")]
    [InlineData("政令宣導與校務說明")]
    [InlineData("政 令 宣 導")]
    [InlineData("政令宣導及專題演講")]
    public void APolicyBriefingWithoutExcludedActivityIsUnderDiscussion(string activity) =>
        Assert.Equal(new(SegmentClassification.UnderDiscussion, null, "政令宣導"), Classifier.Classify(activity));

    [Fact]
    public void APolicyBriefingOverLunchIsExcludedNotUnderDiscussion() =>
        Assert.Equal(
            new(SegmentClassification.Excluded, ExcludedCategory.LunchBreak, "午餐"),
            Classifier.Classify("午餐時間政令宣導"));

    [Theory]
    [InlineData("專題講座：差異化教學的理念")]
    [InlineData("實作：學習單設計")]
    [InlineData("綜合座談")]
    [InlineData("Keynote：CLIL 雙語教學設計")]
    [InlineData("濕地生態解說")]
    [InlineData("🎉🎉 教案撰寫 🎉")]
    public void ATeachingOrUnremarkableActivityIsCreditableWithoutTerm(string activity) =>
        Assert.Equal(new(SegmentClassification.Creditable, null, null), Classifier.Classify(activity));
}
