using System.Buffers;
using System.Collections.Frozen;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Domain.Tags;

/// <summary>Where in a course a keyword was found; the order is the order evidence is quoted in.</summary>
internal enum EvidencePlace
{
    Title,
    Outline,
    Schedule,
}

/// <summary>One keyword as compared (folded), and what it shows for which tags (by position in the registry).</summary>
internal sealed record KeywordPattern(string Pattern, bool Latin, (int Tag, int Weight)[] Tags);

/// <summary>A keyword found in a course: which text, where, and for which pattern.</summary>
internal readonly record struct KeywordHit(KeywordPattern Keyword, EvidencePlace Place, string Text, int Start, int Length)
{
    public string Typed => Text.Substring(Start, Length);
}

/// <summary>
/// Every tag's keywords (and its name and label) compiled once into a first-character index. A text is read once,
/// left to right, taking at each position the longest keyword that starts there and going on after it: so
/// 「資訊安全」 (a near miss of 安全教育) hides the 「安全」 inside it, and 「資訊融入」 the 「資訊」 of 資訊非專.
/// </summary>
/// <remarks>
/// Matching follows <see cref="TermMatcher"/>: Chinese keywords ignore white space in the text (「國際 教育」),
/// Latin keywords match whole words (「AI」 is not in 「email」), full-width folded to half-width, any case.
/// </remarks>
internal sealed class TagEvidenceIndex
{
    private readonly FrozenDictionary<char, KeywordPattern[]> byFirstChar;

    public TagEvidenceIndex(IReadOnlyList<TagDefinition> tags)
    {
        var patterns = new Dictionary<string, (bool Latin, Dictionary<int, int> Weights)>(StringComparer.Ordinal);
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            IEnumerable<TagKeyword> keywords =
                [new(tag.Name, TagKeyword.MaxWeight), new(tag.Label, TagKeyword.MaxWeight), .. tag.Keywords];
            foreach (var keyword in keywords)
            {
                var (pattern, latin) = Compile(keyword.Term);
                if (pattern.Length == 0)
                {
                    continue;
                }

                if (!patterns.TryGetValue(pattern, out var entry))
                {
                    patterns[pattern] = entry = (latin, []);
                }

                entry.Weights[i] = Math.Max(entry.Weights.GetValueOrDefault(i), keyword.Weight);
            }
        }

        // Longest first, so at one position 「國際教育」 wins over 「國際」.
        byFirstChar = patterns
            .Select(p => new KeywordPattern(p.Key, p.Value.Latin, [.. p.Value.Weights.Select(w => (w.Key, w.Value))]))
            .GroupBy(k => k.Pattern[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(k => k.Pattern.Length).ToArray());
    }

    /// <summary>Adds the keywords found in <paramref name="text"/> to <paramref name="hits"/>.</summary>
    public void Scan(string? text, EvidencePlace place, List<KeywordHit> hits)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        char[]? rented = null;
        var folded = WidthFold.FitsOnStack(text.Length)
            ? stackalloc char[text.Length]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length)).AsSpan(0, text.Length);
        WidthFold.FoldLower(text, folded);
        var i = 0;
        while (i < folded.Length)
        {
            var end = -1;
            if (byFirstChar.TryGetValue(folded[i], out var candidates))
            {
                foreach (var keyword in candidates)
                {
                    end = keyword.Latin ? MatchWholeWords(folded, i, keyword.Pattern) : MatchIgnoringWhiteSpace(folded, i, keyword.Pattern);
                    if (end > 0)
                    {
                        hits.Add(new KeywordHit(keyword, place, text, i, end - i));
                        break;
                    }
                }
            }

            i = end > 0 ? end : i + 1;
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static (string Pattern, bool Latin) Compile(string term)
    {
        var folded = WidthFold.FoldLower(term.Trim());
        var latin = !folded.Any(WidthFold.IsCjk);
        var pattern = latin
            ? string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : string.Concat(folded.Where(c => !char.IsWhiteSpace(c)));
        return (pattern, latin);
    }

    // The end of the match, or -1.
    private static int MatchIgnoringWhiteSpace(ReadOnlySpan<char> text, int start, string pattern)
    {
        var j = start;
        foreach (var p in pattern)
        {
            while (j > start && j < text.Length && char.IsWhiteSpace(text[j]))
            {
                j++;
            }

            if (j >= text.Length || text[j] != p)
            {
                return -1;
            }

            j++;
        }

        return j;
    }

    private static int MatchWholeWords(ReadOnlySpan<char> text, int start, string pattern)
    {
        if (WidthFold.IsLatinWordChar(pattern[0]) && start > 0 && WidthFold.IsLatinWordChar(text[start - 1]))
        {
            return -1;
        }

        var j = start;
        foreach (var p in pattern)
        {
            if (p == ' ')
            {
                if (j >= text.Length || !char.IsWhiteSpace(text[j]))
                {
                    return -1;
                }

                while (j < text.Length && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }

                continue;
            }

            if (j >= text.Length || text[j] != p)
            {
                return -1;
            }

            j++;
        }

        return WidthFold.IsLatinWordChar(pattern[^1]) && j < text.Length && WidthFold.IsLatinWordChar(text[j]) ? -1 : j;
    }
}
