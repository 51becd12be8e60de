namespace RegionalConsole.Domain.Rulings;

/// <summary>
/// Finds the hour-equivalence rulings (綜合座談; SPEC §8) that speak about a course: a ruling lists the keywords of
/// the course titles it covers, and matches a title containing all of them (white space and full-width forms
/// ignored, so 「急救人員安全衛生教育訓練（16小時）」 matches the keyword 「急救人員安全衛生教育訓練」).
/// </summary>
public static class RulingMatcher
{
    /// <summary>A retired ruling is kept for history but speaks about no course any more (SPEC §13.2).</summary>
    public static bool Applies(IReadOnlyCollection<string> keywords, bool retired, string? courseTitle) =>
        !retired && Matches(keywords, courseTitle);

    public static bool Matches(IReadOnlyCollection<string> keywords, string? courseTitle)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        if (string.IsNullOrWhiteSpace(courseTitle))
        {
            return false;
        }

        var title = Fold(courseTitle);
        var terms = keywords.Select(Fold).Where(k => k.Length > 0).ToList();
        return terms.Count > 0 && terms.All(k => title.Contains(k, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Keywords as an administrator types them: separated by commas, 、, semicolons or new lines.</summary>
    public static IReadOnlyList<string> SplitKeywords(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split([',', '，', '、', ';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)];

    private static string Fold(string text) =>
        string.Concat(Schedule.WidthFold.FoldLower(text).Where(c => !char.IsWhiteSpace(c)));
}
