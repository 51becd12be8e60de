using System.Text;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Domain.Tags;

/// <summary>One bracketed prefix of a title as typed: 「[資訊非專]」, 「【國中小場次】」.</summary>
/// <param name="Text">What is inside the brackets, trimmed.</param>
/// <param name="Raw">The prefix with its brackets, as typed.</param>
/// <param name="Tags">The names of the tags it names; empty for an organiser's own label.</param>
public sealed record TitlePrefix(string Text, string Raw, IReadOnlyList<string> Tags)
{
    public bool IsTagPrefix => Tags.Count > 0;
}

/// <summary>A title taken apart into its leading bracketed prefixes and the rest (SPEC §5.2).</summary>
public sealed class PrefixedTitle(IReadOnlyList<TitlePrefix> prefixes, string bareTitle)
{
    private IReadOnlyList<string>? tagPrefixes;
    private IReadOnlyList<string>? otherPrefixes;
    private string? withoutTagPrefixes;

    public IReadOnlyList<TitlePrefix> Prefixes { get; } = prefixes;

    /// <summary>The title without any prefix.</summary>
    public string BareTitle { get; } = bareTitle;

    /// <summary>Names of the tags the tag prefixes name, each once, in title order.</summary>
    public IReadOnlyList<string> TagPrefixes => tagPrefixes ??= Prefixes.Count switch
    {
        0 => [],
        1 => Prefixes[0].Tags,
        _ => [.. Prefixes.SelectMany(p => p.Tags).Distinct(StringComparer.Ordinal)],
    };

    /// <summary>The organisers' own labels (series names, subjects): never an error by themselves.</summary>
    public IReadOnlyList<string> OtherPrefixes => otherPrefixes ??= Prefixes.Count == 0
        ? []
        : [.. Prefixes.Where(p => !p.IsTagPrefix).Select(p => p.Text)];

    /// <summary>The title as typed less its tag prefixes: organisers' labels stay, they are part of their title.</summary>
    public string WithoutTagPrefixes => withoutTagPrefixes ??= Prefixes.All(p => p.IsTagPrefix)
        ? BareTitle
        : string.Concat(Prefixes.Where(p => !p.IsTagPrefix).Select(p => p.Raw)) + BareTitle;
}

/// <summary>
/// Reads the bracketed prefixes at the start of a 研習名稱: 「[…]」, 「【…】」, full-width 「［…］」 (and 〔…〕, 〖…〗 as
/// <c>CourseTitle</c> reads them). A prefix naming a tag by name or label is a tag prefix; one bracket may name several
/// tags separated by 、 , / ; (「[資訊非專、生科非專]」) when every part names a tag.
/// </summary>
public static class TitlePrefixes
{
    private static readonly char[] Separators = ['、', ',', '/', ';', '|'];

    public static PrefixedTitle Parse(string? title, TagRegistry? registry = null)
    {
        registry ??= TagRegistry.Default;
        var typed = title?.Trim() ?? string.Empty;
        if (typed.Length == 0 || Closing(WidthFold.FoldLower(typed[0])) == '\0')
        {
            return new PrefixedTitle([], typed);
        }

        var prefixes = new List<TitlePrefix>();
        var pos = 0;
        while (true)
        {
            while (pos < typed.Length && char.IsWhiteSpace(typed[pos]))
            {
                pos++;
            }

            var close = pos < typed.Length ? Closing(WidthFold.FoldLower(typed[pos])) : '\0';
            var end = close == '\0' ? -1 : IndexOfFolded(typed, close, pos + 1);
            if (end < 0)
            {
                break;
            }

            var text = typed[(pos + 1)..end].Trim();
            prefixes.Add(new TitlePrefix(text, typed[pos..(end + 1)], TagsNamed(text, registry)));
            pos = end + 1;
        }

        return new PrefixedTitle(prefixes, typed[pos..].Trim());
    }

    private static IReadOnlyList<string> TagsNamed(string text, TagRegistry registry)
    {
        if (registry.Find(text) is { } tag)
        {
            return [tag.Name];
        }

        var folded = WidthFold.FoldLower(text);
        if (folded.IndexOfAny(Separators) < 0)
        {
            return [];
        }

        var names = new List<string>();
        foreach (var part in folded.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (registry.Find(part) is not { } named)
            {
                return [];
            }

            names.Add(named.Name);
        }

        return names;
    }

    private static char Closing(char open) => open switch
    {
        '[' => ']',
        '【' => '】',
        '〔' => '〕',
        '〖' => '〗',
        _ => '\0',
    };

    private static int IndexOfFolded(string text, char close, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (WidthFold.FoldLower(text[i]) == close)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// A title as queues and the review screen show it (SPEC §5.2, §6): the declared tags' short labels in brackets in front
/// of the title less its own tag prefixes, as the network lists it: 「[國際教育]跨文化課程設計」.
/// </summary>
public static class TaggedTitle
{
    /// <summary>
    /// Longest run of labels in front of the title; more labels end in 「[…]」. A title stays readable, and it fits the
    /// queue's index entry beside organiser and tags whatever a course declares (a PostgreSQL B-tree entry holds ~2,700 bytes).
    /// </summary>
    public const int LabelsLength = 100;

    public static string Format(IEnumerable<string> tags, string? title, TagRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(tags);
        registry ??= TagRegistry.Default;
        const string More = "[…]";
        var shown = new StringBuilder();
        foreach (var label in tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(registry.LabelOf).Distinct(StringComparer.Ordinal))
        {
            if (shown.Length + label.Length + 2 > LabelsLength - More.Length)
            {
                shown.Append(More);
                break;
            }

            shown.Append('[').Append(label).Append(']');
        }

        return shown.Append(TitlePrefixes.Parse(title, registry).WithoutTagPrefixes).ToString();
    }
}
