using System.Collections.Frozen;
using System.Text;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Domain.Tags;

/// <summary>
/// The tags an administrator keeps (SPEC §5.2), looked up by name or short label as organisers type them:
/// full-width and half-width alike, letters in any case, white space ignored (「ＳＤＧｓ」「生科 非專」).
/// Immutable and safe to share between threads; build one when the tag table changes.
/// </summary>
public sealed class TagRegistry
{
    private readonly FrozenDictionary<string, TagDefinition> byKey;
    private readonly FrozenDictionary<string, TagDefinition>.AlternateLookup<ReadOnlySpan<char>> byFoldedSpan;
    private readonly FrozenDictionary<string, int> positionByName;
    private TagEvidenceIndex? evidence;

    public TagRegistry(IEnumerable<TagDefinition> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        All = [.. tags];
        var keys = new Dictionary<string, TagDefinition>(StringComparer.Ordinal);
        for (var i = 0; i < All.Count; i++)
        {
            var tag = All[i];
            foreach (var key in (string[])[Key(tag.Name), Key(tag.Label)])
            {
                // A label that is another tag's name or label would make a prefix mean two tags.
                if (keys.TryGetValue(key, out var other) && !ReferenceEquals(other, tag))
                {
                    throw new ArgumentException($"Tags 「{other.Name}」 and 「{tag.Name}」 share the name or label 「{key}」.", nameof(tags));
                }

                keys[key] = tag;
            }
        }

        byKey = keys.ToFrozenDictionary(StringComparer.Ordinal);
        byFoldedSpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        positionByName = All.Select((t, i) => (t.Name, i)).ToFrozenDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The seeded tags of <see cref="TagDefaults.All"/>.</summary>
    public static TagRegistry Default { get; } = new(TagDefaults.All);

    public IReadOnlyList<TagDefinition> All { get; }

    /// <summary>Tags that can be suggested: active ones (SPEC §5.2: never a proposed or retired tag).</summary>
    public IEnumerable<TagDefinition> Active => All.Where(t => t.Status == TagStatus.Active);

    /// <summary>The compiled keywords of every tag, built on first use.</summary>
    internal TagEvidenceIndex Evidence => evidence ??= new TagEvidenceIndex(All);

    /// <summary>The tag named <paramref name="nameOrLabel"/> by its name or its label, or null.</summary>
    public TagDefinition? Find(string? nameOrLabel)
    {
        if (string.IsNullOrWhiteSpace(nameOrLabel))
        {
            return null;
        }

        if (!WidthFold.FitsOnStack(nameOrLabel.Length))
        {
            return byKey.GetValueOrDefault(Key(nameOrLabel));
        }

        Span<char> key = stackalloc char[nameOrLabel.Length];
        var length = 0;
        foreach (var c in nameOrLabel)
        {
            var folded = WidthFold.FoldLower(c);
            if (!char.IsWhiteSpace(folded))
            {
                key[length++] = folded;
            }
        }

        return byFoldedSpan.TryGetValue(key[..length], out var tag) ? tag : null;
    }

    public bool TryFind(string? nameOrLabel, out TagDefinition tag)
    {
        tag = Find(nameOrLabel)!;
        return tag is not null;
    }

    /// <summary>The short label to show for a tag name; an unknown name is shown as given.</summary>
    public string LabelOf(string nameOrLabel) => Find(nameOrLabel)?.Label ?? nameOrLabel.Trim();

    internal int PositionOf(TagDefinition tag) => positionByName[tag.Name];

    /// <summary>The folded form a name or label is compared in.</summary>
    internal static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = WidthFold.FoldLower(c);
            if (!char.IsWhiteSpace(folded))
            {
                key.Append(folded);
            }
        }

        return key.ToString();
    }
}
