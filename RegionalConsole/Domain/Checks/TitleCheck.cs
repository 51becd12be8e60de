using System.Collections.Frozen;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Domain.Checks;

/// <summary>TITLE_INCOMPLETE: a 研習名稱 that is empty or only a generic word (管理規定第8條第1款; SPEC §5.1).</summary>
public sealed class TitleCheck : ICourseCheck
{
    /// <summary>Words that name no content, compared once prefixes, session marker and leading year are removed.</summary>
    public static IReadOnlyList<string> GenericTitles { get; } =
    [
        "研習", "研習活動", "研習課程", "研習會", "課程", "活動", "講座", "演講", "專題演講", "研討會", "工作坊", "進修",
        "教師研習", "教師進修", "增能研習", "教師增能研習", "知能研習", "教師知能研習", "專業成長", "教師專業成長",
        "研習名稱", "課程名稱", "未定", "待定", "暫定", "測試", "其他", "無", "test", "tbd",
    ];

    private static readonly FrozenSet<string> Generic = GenericTitles.Select(WidthFold.FoldLower).ToFrozenSet(StringComparer.Ordinal);

    public void Check(CourseUnderCheck course, ICollection<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(results);
        var title = course.ParsedTitle;
        if (title.Typed.Length == 0)
        {
            results.Add(new(CheckCodes.TitleIncomplete, CheckSeverity.Error, "未填研習名稱。", CheckRules.TitleAndOutline, null));
        }
        else if (title.Core.Length < 2 || Generic.Contains(title.Core))
        {
            results.Add(new(
                CheckCodes.TitleIncomplete,
                CheckSeverity.Error,
                $"研習名稱「{title.Typed}」只有泛稱，看不出研習內容，請填寫完整名稱。",
                CheckRules.TitleAndOutline,
                title.Typed));
        }
    }
}

/// <summary>
/// SERIES_SESSION_MISSING: courses of one organiser whose titles are the same once prefixes and session marker are
/// removed must each carry a distinct session marker (管理規定第8條第1款; SPEC §5.1).
/// </summary>
public sealed class SeriesCheck : ICourseCheck
{
    private const int QuotedTitles = 3;

    public void Check(CourseUnderCheck course, ICollection<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(results);
        var title = course.ParsedTitle;
        var siblings = course.Context.SeriesTitles.SameCore(title);
        if (siblings.Count == 0)
        {
            return;
        }

        if (title.Session is null)
        {
            results.Add(Missing(
                $"本單位另有同名研習「{siblings[0].Typed}」，系列課程請於名稱標示場次（如第一場、第2場、(一)）以資區別。",
                siblings));
            return;
        }

        var same = siblings.Where(s => s.Session == title.Session).ToList();
        if (same.Count > 0)
        {
            results.Add(Missing(
                $"場次標示「{title.SessionText}」與本單位研習「{same[0].Typed}」相同，請標示不同場次。",
                same));
        }
    }

    private static CheckResult Missing(string message, IReadOnlyList<CourseTitle> titles) => new(
        CheckCodes.SeriesSessionMissing,
        CheckSeverity.Error,
        message,
        CheckRules.TitleAndOutline,
        string.Join("；", titles.Take(QuotedTitles).Select(t => t.Typed)) + (titles.Count > QuotedTitles ? $"；等 {titles.Count} 門" : string.Empty));
}
