using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.Reviews;

/// <summary>Everything the review screen shows for one item (SPEC §6), read without tracking.</summary>
/// <param name="Item">The item, with its decisions.</param>
/// <param name="Course">The course, with its organiser.</param>
/// <param name="Version">The version under review, with its segments and checks.</param>
/// <param name="Compared">What the diff compares with: the version last decided before it, else the one before it.</param>
/// <param name="ComparedWasDecided">Whether <paramref name="Compared"/> is a decided version.</param>
/// <param name="CanDecide">The person may decide this item now: in scope and still undecided.</param>
public sealed record ReviewScreen(
    ReviewItem Item,
    Course Course,
    string CentreName,
    CourseVersion Version,
    CourseVersion? Compared,
    bool ComparedWasDecided,
    ReviewSla Sla,
    ReviewHistory History,
    bool CanDecide,
    bool MayWork);

/// <summary>Where the item stands against the 3-working-day SLA; days left is null when the calendar does not reach.</summary>
public sealed record ReviewSla(DateOnly DueDate, SlaState State, int? WorkingDaysLeft, bool IsUrgent);

/// <summary>The course's versions, its review items with their decisions, and the audit entries of both.</summary>
/// <param name="People">Display names by account id: deciders, assignees, and assignees named in the audit.</param>
/// <param name="Actors">Display names by user name, for the audit's actors (people, not login names, on the page).</param>
public sealed record ReviewHistory(
    IReadOnlyList<VersionSummary> Versions,
    IReadOnlyList<ReviewItem> Items,
    IReadOnlyList<AuditEntry> Audit,
    IReadOnlyDictionary<int, string> People,
    IReadOnlyDictionary<string, string>? Actors = null)
{
    public string PersonName(int? accountId) =>
        accountId is { } id && People.TryGetValue(id, out var name) ? name : "—";

    /// <summary>An audit actor by display name; a partner system or the configuration keeps the name it was written with.</summary>
    public string ActorName(string actor) =>
        Actors is not null && Actors.TryGetValue(actor, out var name) ? name : actor;
}

public sealed record VersionSummary(int Id, int VersionNo, DateTime SubmittedAt, string Title, int ErrorCount, int WarningCount);

public enum ReviewLoadStatus
{
    Found,
    NotFound,
    Forbidden,
}

public sealed record ReviewLoad(ReviewLoadStatus Status, ReviewScreen? Screen = null);
