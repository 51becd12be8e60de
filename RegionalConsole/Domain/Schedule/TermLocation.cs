namespace RegionalConsole.Domain.Schedule;

/// <summary>
/// Where the term that decided a segment's classification stands in the activity as the organiser typed it, so the
/// review screen can highlight it (SPEC §5.3, §6). Matches as the classifier does: full-width folded to half-width,
/// case ignored, white space ignored (「報 到」 holds 報到, 「Ｔｅａ　Ｔｉｍｅ」 holds Tea Time).
/// </summary>
public static class TermLocation
{
    /// <summary>The first occurrence as (start, length) in <paramref name="activity"/>; null when it is not there.</summary>
    public static (int Start, int Length)? Find(string? activity, string? term)
    {
        if (string.IsNullOrEmpty(activity) || string.IsNullOrWhiteSpace(term))
        {
            return null;
        }

        var text = WidthFold.FoldLower(activity);
        var pattern = string.Concat(WidthFold.FoldLower(term).Where(c => !char.IsWhiteSpace(c)));
        for (var start = 0; start < text.Length; start++)
        {
            if (text[start] == pattern[0] && EndOfMatch(text, start, pattern) is { } end)
            {
                return (start, end - start);
            }
        }

        return null;
    }

    private static int? EndOfMatch(string text, int start, string pattern)
    {
        var j = start;
        for (var p = 0; p < pattern.Length; p++)
        {
            while (p > 0 && j < text.Length && char.IsWhiteSpace(text[j]))
            {
                j++;
            }

            if (j >= text.Length || text[j] != pattern[p])
            {
                return null;
            }

            j++;
        }

        return j;
    }
}
