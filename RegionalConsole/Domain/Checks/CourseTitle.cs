using System.Text;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Domain.Checks;

/// <summary>
/// A 研習名稱 taken apart: its bracketed prefixes (【國際教育】, [資訊非專]; SPEC §5.2), its session marker, and the core
/// left once both are removed, reduced to letters and digits so 「跨文化課程設計工作坊（第1場）」 and 「跨文化課程設計 工作坊 第2場」 compare equal.
/// </summary>
internal sealed class CourseTitle
{
    private static readonly string[] YearWords = ["學年度", "年度", "年"];

    private CourseTitle(string typed, string core, string? session, string? sessionText)
    {
        Typed = typed;
        Core = core;
        Session = session;
        SessionText = sessionText;
    }

    public string Typed { get; }

    /// <summary>Folded, lower-cased letters and digits without prefixes, session marker or leading year (115年度).</summary>
    public string Core { get; }

    /// <summary>Compares sessions: 「#1」 for 第一場, 第1梯 and (一) alike.</summary>
    public string? Session { get; }

    public string? SessionText { get; }

    public static CourseTitle Parse(string? title)
    {
        var typed = title?.Trim() ?? string.Empty;
        var folded = WidthFold.FoldLower(typed);
        var bodyStart = SkipPrefixes(folded);
        string? session = null, sessionText = null;
        int markerStart = -1, markerEnd = -1;
        if (SessionMarker.TryFind(folded, out var start, out var length, out var key))
        {
            (session, sessionText, markerStart, markerEnd) = (key, typed.Substring(start, length), start, start + length);
        }

        var core = new StringBuilder(folded.Length);
        for (var i = bodyStart; i < folded.Length; i++)
        {
            if ((i < markerStart || i >= markerEnd) && char.IsLetterOrDigit(folded[i]))
            {
                core.Append(folded[i]);
            }
        }

        return new CourseTitle(typed, WithoutLeadingYear(core.ToString()), session, sessionText);
    }

    private static int SkipPrefixes(string folded)
    {
        var pos = 0;
        while (true)
        {
            while (pos < folded.Length && char.IsWhiteSpace(folded[pos]))
            {
                pos++;
            }

            var close = pos < folded.Length ? folded[pos] switch
            {
                '[' => ']',
                '【' => '】',
                '〔' => '〕',
                '〖' => '〗',
                _ => '\0',
            } : '\0';
            var end = close == '\0' ? -1 : folded.IndexOf(close, pos + 1);
            if (end < 0)
            {
                return pos;
            }

            pos = end + 1;
        }
    }

    // 「115年度」「2026年」 in front of a title date it; they say nothing about its content.
    private static string WithoutLeadingYear(string core)
    {
        var digits = 0;
        while (digits < core.Length && char.IsAsciiDigit(core[digits]))
        {
            digits++;
        }

        if (digits is < 2 or > 4)
        {
            return core;
        }

        foreach (var word in YearWords)
        {
            if (core.AsSpan(digits).StartsWith(word))
            {
                return core[(digits + word.Length)..];
            }
        }

        return core;
    }
}

/// <summary>The organiser's other titles grouped by core, computed once per <see cref="CheckContext"/>.</summary>
internal sealed class SeriesTitles
{
    private readonly Dictionary<string, List<CourseTitle>> byCore = new(StringComparer.Ordinal);

    public SeriesTitles(IReadOnlyList<string> titles)
    {
        foreach (var title in titles)
        {
            var parsed = CourseTitle.Parse(title);
            if (parsed.Core.Length == 0)
            {
                continue;
            }

            if (!byCore.TryGetValue(parsed.Core, out var same))
            {
                byCore[parsed.Core] = same = [];
            }

            same.Add(parsed);
        }
    }

    public IReadOnlyList<CourseTitle> SameCore(CourseTitle title) =>
        title.Core.Length > 0 && byCore.TryGetValue(title.Core, out var same) ? same : [];
}
