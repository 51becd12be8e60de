using Microsoft.Extensions.Localization;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.Queues;

/// <summary>
/// The queue's words for its kinds, states, filters and assignment answers, each value by name: a renamed or added
/// value fails to compile here instead of showing a resource key on the page.
/// </summary>
public static class QueueLabels
{
    /// <summary>The page title of a kind's queue (課程審核佇列).</summary>
    public static string QueueTitle(this IStringLocalizer<Ui> text, ReviewKind kind) => Word(text, kind switch
    {
        ReviewKind.Course => "QueueCourse",
        ReviewKind.Roster => "QueueRoster",
        ReviewKind.Cancellation => "QueueCancellation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    });

    /// <summary>A kind's short name, as on the navigation (課程審核).</summary>
    public static string QueueKindName(this IStringLocalizer<Ui> text, ReviewKind kind) => Word(text, kind switch
    {
        ReviewKind.Course => "NavQueueCourse",
        ReviewKind.Roster => "NavQueueRoster",
        ReviewKind.Cancellation => "NavQueueCancellation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    });

    public static string QueueStateName(this IStringLocalizer<Ui> text, QueueState state) => Word(text, state switch
    {
        QueueState.Open => "QueueStateOpen",
        QueueState.OnTrack => "QueueStateOnTrack",
        QueueState.DueSoon => "QueueStateDueSoon",
        QueueState.Overdue => "QueueStateOverdue",
        QueueState.Decided => "QueueStateDecided",
        QueueState.Met => "QueueStateMet",
        QueueState.Breached => "QueueStateBreached",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    });

    /// <summary>An item's SLA state as the queue row's chip says it (SPEC §4).</summary>
    public static string SlaStateName(this IStringLocalizer<Ui> text, SlaState state) => Word(text, state switch
    {
        SlaState.OnTrack => "QueueStateOnTrack",
        SlaState.DueSoon => "QueueStateDueSoon",
        SlaState.Overdue => "QueueStateOverdue",
        SlaState.Met => "QueueStateMet",
        SlaState.Breached => "QueueStateBreached",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    });

    public static string AssigneeFilterName(this IStringLocalizer<Ui> text, AssigneeFilter filter) => Word(text, filter switch
    {
        AssigneeFilter.Anyone => "QueueAssigneeAnyone",
        AssigneeFilter.Mine => "QueueAssigneeMine",
        AssigneeFilter.Unassigned => "QueueAssigneeUnassigned",
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, null),
    });

    /// <summary>What a claim or assignment came to, naming who holds the item where that matters.</summary>
    public static string AssignmentMessage(this IStringLocalizer<Ui> text, AssignmentResult result)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            AssignmentStatus.Done => text["AssignDone", result.HolderName ?? ""],
            AssignmentStatus.AlreadyClaimed => text["AssignAlreadyClaimed", result.HolderName ?? ""],
            AssignmentStatus.NotFound => text["AssignNotFound"],
            AssignmentStatus.Forbidden => text["AssignForbidden"],
            AssignmentStatus.AlreadyDecided => text["AssignAlreadyDecided"],
            AssignmentStatus.NotAReviewerOfTheCentre => text["AssignNotAReviewerOfTheCentre"],
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.Status, null),
        };
    }

    private static string Word(IStringLocalizer<Ui> text, string key)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[key].Value;
    }
}
