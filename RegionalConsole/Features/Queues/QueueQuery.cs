using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.Queues;

/// <summary>Which items a queue lists by SLA state (SPEC §4): the open ones, one open state, or the decided ones.</summary>
public enum QueueState
{
    Open,
    OnTrack,
    DueSoon,
    Overdue,
    Decided,
    Met,
    Breached,
}

public enum AssigneeFilter
{
    Anyone,
    Mine,
    Unassigned,
}

/// <summary>The grid's sortable columns; <see cref="QueueOrder"/> is SPEC §4's order (most recent first when decided).</summary>
public enum QueueSort
{
    QueueOrder,
    Submitted,
    Due,
    CourseStart,
    Errors,
}

/// <summary>The filter bar of a queue (SPEC §6). Empty text means no filter.</summary>
public sealed record QueueFilter
{
    public QueueState State { get; init; }
    public AssigneeFilter Assignee { get; init; }
    public bool HasErrors { get; init; }

    /// <summary>A tag's name or short label: the declared tags of the version under review, or a [label] title prefix.</summary>
    public string? Tag { get; init; }

    /// <summary>Words of the organiser's name.</summary>
    public string? Organiser { get; init; }

    /// <summary>A course number or its first digits (six or more), or words that all appear in the title.</summary>
    public string? Search { get; init; }

    public bool IsDecidedView => State is QueueState.Decided or QueueState.Met or QueueState.Breached;

    /// <summary>
    /// Text filters read every candidate row; the others are answered from the queue index alone. A queue
    /// filtered by text is not counted (a count per keystroke would read the whole queue): it pages on.
    /// </summary>
    public bool FiltersText =>
        !string.IsNullOrWhiteSpace(Tag) || !string.IsNullOrWhiteSpace(Organiser) || !string.IsNullOrWhiteSpace(Search);
}

public sealed record QueueQuery(string CentreCode, ReviewKind Kind, QueueFilter Filter, int Page = 0, int PageSize = 25)
{
    public QueueSort Sort { get; init; }
    public bool Descending { get; init; }
}

/// <summary>One row of a queue, with its SLA state as of today.</summary>
public sealed record QueueRow(
    int Id,
    ReviewKind Kind,
    string CourseNo,
    string Title,
    string OrganiserName,
    DateTime SubmittedAt,
    DateOnly DueDate,
    int? WorkingDaysLeft,
    DateOnly CourseStart,
    bool IsUrgent,
    SlaState State,
    int? AssigneeId,
    string? AssigneeName,
    int ErrorCount,
    int WarningCount,
    ReviewOutcome? Outcome);

/// <summary>A page of a queue. <see cref="Total"/> is null when the queue was not counted (a text filter); then <see cref="HasMore"/> says whether another page follows.</summary>
public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, int? Total, bool HasMore);

/// <summary>Open items per queue kind in the centres a person may read (navigation badges).</summary>
public sealed record QueueCounts(int Course, int Roster, int Cancellation)
{
    public static QueueCounts None { get; } = new(0, 0, 0);

    public int For(ReviewKind kind) => kind switch
    {
        ReviewKind.Course => Course,
        ReviewKind.Roster => Roster,
        _ => Cancellation,
    };
}

/// <summary>A centre as the queue page offers it.</summary>
public sealed record QueueCentre(string Code, string Name, string SupervisorScope);

/// <summary>A reviewer an item can be assigned to.</summary>
public sealed record QueueReviewer(int Id, string DisplayName, string UserName);
