namespace RegionalConsole.Domain.Schedule;

/// <summary>
/// The administrator-editable term lists of SPEC §5.3, compiled once for matching. Build one from the lists the
/// database holds; <see cref="Default"/> holds the defaults the rule's text names (管理規定第10條第4款).
/// </summary>
public sealed class ScheduleTerms
{
    internal const int ExcludedGroup = 0;
    internal const int TeachingGroup = 1;
    internal const int UnderDiscussionGroup = 2;

    /// <exception cref="ArgumentException">A term appears in two lists: which list wins would be arbitrary.</exception>
    public ScheduleTerms(
        IReadOnlyDictionary<ExcludedCategory, IReadOnlyList<string>> excluded,
        IReadOnlyList<string> teachingWords,
        IReadOnlyList<string> underDiscussionTerms)
    {
        ArgumentNullException.ThrowIfNull(excluded);
        ArgumentNullException.ThrowIfNull(teachingWords);
        ArgumentNullException.ThrowIfNull(underDiscussionTerms);
        Excluded = excluded;
        TeachingWords = teachingWords;
        UnderDiscussionTerms = underDiscussionTerms;
        Matcher = new TermMatcher(Entries());
        Classifier = new SegmentClassifier(this);
    }

    public static ScheduleTerms Default { get; } = new(
        new Dictionary<ExcludedCategory, IReadOnlyList<string>>
        {
            [ExcludedCategory.Travel] = ["車程", "搭車", "乘車", "交通時間", "交通接駁", "集合出發", "賦歸"],
            [ExcludedCategory.SignInOut] = ["報到", "簽到", "簽退", "Registration", "Check-in", "Sign-in"],
            [ExcludedCategory.OpeningClosing] =
                ["開幕", "閉幕", "開場", "開訓", "結訓", "始業式", "結業式", "典禮", "致詞", "合照", "Opening", "Closing"],
            [ExcludedCategory.FreeVisit] = ["自由參觀", "自由時間", "自由運用", "自由交流"],
            [ExcludedCategory.Appreciation] = ["欣賞"],
            [ExcludedCategory.LunchBreak] = ["午餐", "午休", "用餐", "午膳", "Lunch"],
            [ExcludedCategory.Intermission] = ["休息", "Break"],
            [ExcludedCategory.TeaBreak] = ["茶敘", "茶點", "Tea Time", "Tea Break", "Coffee Break"],
        },
        ["講座", "演講", "專題", "工作坊", "實作", "研討", "座談", "分享", "教學", "討論", "講授", "演練", "觀課", "議課", "示範"],
        // 共同研討一 提案一 決議二: cases to collect before deciding.
        ["政令宣導"]);

    public IReadOnlyDictionary<ExcludedCategory, IReadOnlyList<string>> Excluded { get; }

    public IReadOnlyList<string> TeachingWords { get; }

    public IReadOnlyList<string> UnderDiscussionTerms { get; }

    /// <summary>The classifier over these lists, compiled once with them.</summary>
    public SegmentClassifier Classifier { get; }

    internal TermMatcher Matcher { get; }

    private IEnumerable<(string, int, int)> Entries()
    {
        foreach (var (category, terms) in Excluded)
        {
            foreach (var term in terms)
            {
                yield return (term, ExcludedGroup, (int)category);
            }
        }

        foreach (var term in TeachingWords)
        {
            yield return (term, TeachingGroup, 0);
        }

        foreach (var term in UnderDiscussionTerms)
        {
            yield return (term, UnderDiscussionGroup, 0);
        }
    }
}
