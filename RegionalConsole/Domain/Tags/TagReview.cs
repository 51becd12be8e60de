using System.Text;

namespace RegionalConsole.Domain.Tags;

/// <summary>Where a reviewer left one tag of a course version (SPEC §5.2: the centre confirms or removes each declared tag).</summary>
public enum TagReviewState
{
    /// <summary>A declared tag the reviewer judged right.</summary>
    Confirmed,

    /// <summary>A declared tag the reviewer judged wrong, with the reason.</summary>
    Removed,

    /// <summary>A tag the organiser did not declare that the reviewer added (usually a TAG_SUGGESTED suggestion).</summary>
    Added,
}

public enum TagReviewVerb
{
    Confirm,
    Remove,
    Add,

    /// <summary>Takes back the reviewer's confirm, remove or add: the tag is undecided (or not added) again.</summary>
    Undo,
}

/// <summary>Why a tag review is refused; <see cref="None"/> when it may be recorded.</summary>
public enum TagReviewRefusal
{
    None,

    /// <summary>Not a reviewer of the item's centre (nor an administrator); supervisors only read (SPEC §1).</summary>
    OutOfScope,

    /// <summary>The item is decided: its tags are part of the decision and no longer change.</summary>
    ItemDecided,

    /// <summary>Only declared tags are confirmed or removed; others are added.</summary>
    NotDeclared,

    /// <summary>The registry does not know the tag: it cannot be confirmed (only removed) nor added.</summary>
    UnknownTag,

    /// <summary>Only a tag active on the course's start is added (SPEC §5.2: never a proposed or retired tag).</summary>
    NotActive,

    /// <summary>A declared tag is confirmed, not added.</summary>
    AlreadyDeclared,

    /// <summary>Removing a declared tag says why, so the organiser and the statistics can tell.</summary>
    ReasonRequired,

    /// <summary>There is no confirm, remove or add of the tag to take back.</summary>
    NothingToUndo,
}

/// <summary>The course version whose tags are reviewed, as the rules need to see it.</summary>
/// <param name="Declared">The tags the organiser declared, as typed (name or label).</param>
/// <param name="Reviews">The tag reviews already recorded, by tag name.</param>
public sealed record TagReviewSubject(
    string CentreCode,
    bool Decided,
    IReadOnlyList<string> Declared,
    DateOnly Start,
    IReadOnlyDictionary<string, TagReviewState> Reviews);

/// <summary>
/// A reviewer's act on one tag of a course version under review (SPEC §5.2; 管理規定第8條第1款: 由各區域管理中心認定).
/// The tag is named by name or short label; <see cref="TagName"/> resolves it against the registry in
/// <see cref="RefusalFor"/>. Reasons are trimmed; white space alone is no reason.
/// </summary>
public sealed record TagReviewAction
{
    private TagReviewAction(TagReviewVerb verb, string tag, string? reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        Verb = verb;
        Tag = tag.Trim();
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    public TagReviewVerb Verb { get; }

    /// <summary>The tag as named by the reviewer (name or label).</summary>
    public string Tag { get; }

    public string? Reason { get; }

    public static TagReviewAction Confirm(string tag) => new(TagReviewVerb.Confirm, tag, null);

    public static TagReviewAction Remove(string tag, string? reason) => new(TagReviewVerb.Remove, tag, reason);

    public static TagReviewAction Add(string tag, string? reason = null) => new(TagReviewVerb.Add, tag, reason);

    public static TagReviewAction Undo(string tag) => new(TagReviewVerb.Undo, tag, null);

    /// <summary>The state the tag is left in, or null after an undo.</summary>
    public TagReviewState? Result => Verb switch
    {
        TagReviewVerb.Confirm => TagReviewState.Confirmed,
        TagReviewVerb.Remove => TagReviewState.Removed,
        TagReviewVerb.Add => TagReviewState.Added,
        _ => null,
    };

    /// <summary>The registry's name of the tag, or the tag as typed when the registry does not know it.</summary>
    public string TagName(TagRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.Find(Tag)?.Name ?? Tag;
    }

    /// <summary>
    /// Why this act may not be recorded on <paramref name="subject"/> by someone with <paramref name="scope"/>. Scope
    /// comes first: someone outside it learns nothing about the item. A decided item's tags are part of its
    /// decision and stay as they were; a new version is reviewed afresh.
    /// </summary>
    public TagReviewRefusal RefusalFor(AccessScope scope, TagReviewSubject subject, TagRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(registry);
        if (!scope.CanWork(subject.CentreCode))
        {
            return TagReviewRefusal.OutOfScope;
        }

        if (subject.Decided)
        {
            return TagReviewRefusal.ItemDecided;
        }

        var known = registry.Find(Tag);
        var name = known?.Name ?? Tag;
        var declared = TagReviews.DeclaredNames(subject.Declared, registry).Contains(name);
        return Verb switch
        {
            TagReviewVerb.Confirm when !declared => TagReviewRefusal.NotDeclared,
            TagReviewVerb.Confirm when known is null => TagReviewRefusal.UnknownTag,
            TagReviewVerb.Remove when !declared => TagReviewRefusal.NotDeclared,
            TagReviewVerb.Remove when Reason is null => TagReviewRefusal.ReasonRequired,
            TagReviewVerb.Add when declared => TagReviewRefusal.AlreadyDeclared,
            TagReviewVerb.Add when known is null => TagReviewRefusal.UnknownTag,
            TagReviewVerb.Add when known.Status != TagStatus.Active
                || (subject.Start != default && !known.IsActiveOn(subject.Start)) => TagReviewRefusal.NotActive,
            TagReviewVerb.Undo when !subject.Reviews.ContainsKey(name) => TagReviewRefusal.NothingToUndo,
            _ => TagReviewRefusal.None,
        };
    }
}

/// <summary>Which tags of a course version count, given its declared tags and the reviewer's tag reviews (SPEC §5.2, §7, §9).</summary>
public static class TagReviews
{
    /// <summary>The declared tags by the registry's names (「教保專業」 is 幼兒園教保專業知能), each once, in declared order.</summary>
    public static IReadOnlyList<string> DeclaredNames(IEnumerable<string> declared, TagRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(registry);
        return [.. declared.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => registry.Find(t)?.Name ?? t.Trim()).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Longest <see cref="QueueList"/>: a few long unknown tags at most, so that the list fits the queue's index entry
    /// beside title and organiser (a PostgreSQL B-tree entry holds ~2,700 bytes). The registry's tags come first.
    /// </summary>
    public const int QueueListLength = 300;

    /// <summary>
    /// The declared tags as a review item keeps them for the queue's tag filter (SPEC §6): the registry's names, each
    /// between line feeds (「\n國際教育\n雙語教育\n」), known tags first, up to <see cref="QueueListLength"/> characters.
    /// No tag name holds a line feed (input allows no control characters), so <see cref="QueueNeedle"/> finds whole names.
    /// </summary>
    public static string QueueList(IEnumerable<string> declared, TagRegistry registry)
    {
        var list = new StringBuilder("\n");
        foreach (var name in DeclaredNames(declared, registry).OrderBy(n => registry.Find(n) is null))
        {
            if (name.Contains('\n', StringComparison.Ordinal) || list.Length + name.Length + 1 > QueueListLength)
            {
                continue;
            }

            list.Append(name).Append('\n');
        }

        return list.Length == 1 ? "" : list.ToString();
    }

    /// <summary>
    /// What <see cref="QueueList"/> holds when it holds the tag <paramref name="name"/>. A name with a line feed is in no
    /// list: its needle is an empty name, which no list holds either.
    /// </summary>
    public static string QueueNeedle(string name) => name.Contains('\n', StringComparison.Ordinal) ? "\n\n" : $"\n{name}\n";

    /// <summary>
    /// The tags that count for statistics and the preschool exchange: declared tags the reviewer confirmed and tags
    /// the reviewer added. An unreviewed or removed tag does not count.
    /// </summary>
    public static IReadOnlyList<string> Confirmed(IEnumerable<string> declared, IReadOnlyDictionary<string, TagReviewState> reviews, TagRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var names = DeclaredNames(declared, registry);
        return [.. names.Where(n => reviews.GetValueOrDefault(n, TagReviewState.Removed) == TagReviewState.Confirmed)
            .Concat(reviews.Where(r => r.Value == TagReviewState.Added && !names.Contains(r.Key)).Select(r => r.Key).Order(StringComparer.Ordinal))];
    }

    /// <summary>
    /// The declared tags an approval confirms (SPEC §13.2): approving a course confirms every declared tag the reviewer
    /// did not remove — those with no review yet. A tag the registry does not know cannot be confirmed (as by hand).
    /// </summary>
    public static IReadOnlyList<string> ConfirmedByApproval(IEnumerable<string> declared, IReadOnlyDictionary<string, TagReviewState> reviews,
        TagRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        return [.. DeclaredNames(declared, registry).Where(n => !reviews.ContainsKey(n) && registry.Find(n) is not null)];
    }

    /// <summary>
    /// The tags a course version carries while its review goes on (the queue's tag filter): declared tags the
    /// reviewer has not removed, and tags the reviewer added. With no review yet, the declared tags; once every
    /// declared tag is confirmed or removed, the same as <see cref="Confirmed"/>.
    /// </summary>
    public static IReadOnlyList<string> Current(IEnumerable<string> declared, IReadOnlyDictionary<string, TagReviewState> reviews, TagRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var names = DeclaredNames(declared, registry);
        return [.. names.Where(n => reviews.GetValueOrDefault(n, TagReviewState.Confirmed) != TagReviewState.Removed)
            .Concat(reviews.Where(r => r.Value == TagReviewState.Added && !names.Contains(r.Key)).Select(r => r.Key).Order(StringComparer.Ordinal))];
    }
}
