using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace RegionalConsole.Domain.Schedule;

/// <summary>One term as typed by the administrator, with the group it belongs to and a value for that group.</summary>
internal sealed record TermEntry(string Term, int Group, int Value, string Pattern, bool Latin);

/// <summary>The first term found of each group (up to four groups).</summary>
[InlineArray(4)]
internal struct TermHits
{
    private TermEntry? first;
}

/// <summary>
/// All terms of a list compiled once into a first-character index, so a text is scanned once, left to right, for
/// every term at the same time (SPEC §5.3: the term that occurs first decides; terms are administrator data).
/// </summary>
internal sealed class TermMatcher
{
    private readonly FrozenDictionary<char, TermEntry[]> byFirstChar;
    private readonly int groupCount;

    public TermMatcher(IEnumerable<(string Term, int Group, int Value)> terms)
    {
        var buckets = new Dictionary<char, List<TermEntry>>();
        var seen = new Dictionary<string, TermEntry>(StringComparer.Ordinal);
        foreach (var (term, group, value) in terms)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(group);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(group, 4);
            var entry = Compile(term, group, value);
            if (entry is null)
            {
                continue;
            }

            if (seen.TryGetValue(entry.Pattern, out var earlier))
            {
                // The same words under two meanings would make the classification depend on list order.
                if (earlier.Group != group || earlier.Value != value)
                {
                    throw new ArgumentException($"「{term}」 appears in two term lists (as 「{earlier.Term}」 too).", nameof(terms));
                }

                continue;
            }

            seen.Add(entry.Pattern, entry);
            groupCount = Math.Max(groupCount, group + 1);
            if (!buckets.TryGetValue(entry.Pattern[0], out var bucket))
            {
                buckets[entry.Pattern[0]] = bucket = [];
            }

            bucket.Add(entry);
        }

        // Longest first, so at one position 「Tea Break」 wins over a shorter term starting there.
        byFirstChar = buckets.ToFrozenDictionary(
            b => b.Key,
            b => b.Value.OrderByDescending(e => e.Pattern.Length).ToArray());
    }

    /// <summary>Finds the first occurrence of each group's terms in <paramref name="text"/> as typed.</summary>
    public void Scan(ReadOnlySpan<char> text, ref TermHits hits)
    {
        char[]? rented = null;
        var folded = WidthFold.FitsOnStack(text.Length)
            ? stackalloc char[text.Length]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length)).AsSpan(0, text.Length);
        WidthFold.FoldLower(text, folded);
        ScanFolded(folded, ref hits);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>As <see cref="Scan"/>, for a text already folded with <see cref="WidthFold.FoldLower(char)"/>.</summary>
    public void ScanFolded(ReadOnlySpan<char> folded, ref TermHits hits)
    {
        var found = 0;
        for (var i = 0; i < folded.Length && found < groupCount; i++)
        {
            if (!byFirstChar.TryGetValue(folded[i], out var candidates))
            {
                continue;
            }

            foreach (var entry in candidates)
            {
                if (hits[entry.Group] is null && Matches(folded, i, entry))
                {
                    hits[entry.Group] = entry;
                    found++;
                }
            }
        }
    }

    private static bool Matches(ReadOnlySpan<char> text, int start, TermEntry entry) =>
        entry.Latin ? MatchesWholeWords(text, start, entry.Pattern) : MatchesIgnoringWhiteSpace(text, start, entry.Pattern);

    // Chinese terms: contained, white space in the text ignored (「報 到」 names 報到).
    private static bool MatchesIgnoringWhiteSpace(ReadOnlySpan<char> text, int start, string pattern)
    {
        var j = start;
        foreach (var p in pattern)
        {
            while (j < text.Length && char.IsWhiteSpace(text[j]))
            {
                j++;
            }

            if (j >= text.Length || text[j] != p)
            {
                return false;
            }

            j++;
        }

        return true;
    }

    // Latin terms: whole words, any run of white space as one space (「Tea  Time!」 names Tea Time, 「Breakout」 is no Break).
    private static bool MatchesWholeWords(ReadOnlySpan<char> text, int start, string pattern)
    {
        if (WidthFold.IsLatinWordChar(pattern[0]) && start > 0 && WidthFold.IsLatinWordChar(text[start - 1]))
        {
            return false;
        }

        var j = start;
        foreach (var p in pattern)
        {
            if (p == ' ')
            {
                if (j >= text.Length || !char.IsWhiteSpace(text[j]))
                {
                    return false;
                }

                while (j < text.Length && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }

                continue;
            }

            if (j >= text.Length || text[j] != p)
            {
                return false;
            }

            j++;
        }

        return !WidthFold.IsLatinWordChar(pattern[^1]) || j >= text.Length || !WidthFold.IsLatinWordChar(text[j]);
    }

    private static TermEntry? Compile(string term, int group, int value)
    {
        var folded = WidthFold.FoldLower(term.Trim());
        var latin = true;
        foreach (var c in folded)
        {
            latin &= !WidthFold.IsCjk(c);
        }

        var pattern = latin
            ? string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : string.Concat(folded.Where(c => !char.IsWhiteSpace(c)));
        return pattern.Length == 0 ? null : new TermEntry(term.Trim(), group, value, pattern, latin);
    }
}
