using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Domain.Preschool;

/// <summary>
/// The tags whose hours count for preschool educators (教保服務人員) and so go to the exchange platform (SPEC §5.2, §7):
/// 幼兒園教保專業知能, and 基本救命術訓練 and 安全教育 (幼兒園教保專業知能研習實施辦法). Only confirmed tags count.
/// </summary>
public static class ExchangeTags
{
    public static IReadOnlyList<string> Names { get; } = [TagDefaults.Preschool, TagDefaults.BasicLifeSupport, TagDefaults.SafetyEducation];

    /// <summary>The exchange tags among a course version's confirmed tags (<see cref="TagReviews.Confirmed"/>), in the order of <see cref="Names"/>.</summary>
    public static IReadOnlyList<string> Among(IEnumerable<string> confirmedTags)
    {
        ArgumentNullException.ThrowIfNull(confirmedTags);
        var confirmed = confirmedTags.ToHashSet(StringComparer.Ordinal);
        return [.. Names.Where(confirmed.Contains)];
    }

    /// <summary>Whether a declared tag (name or short label) is one of the exchange tags.</summary>
    public static bool IsExchangeTag(string declared, TagRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var name = registry.Find(declared)?.Name ?? declared.Trim();
        return Names.Contains(name, StringComparer.Ordinal);
    }
}
