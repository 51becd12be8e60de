using Microsoft.Extensions.Localization;
using MudBlazor;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.Reviews;

/// <summary>
/// What the review header says the item is, by kind: a course's status, a roster's or a cancellation's own state (a
/// pending roster of an approved course is not 審核通過), and the queue it came from. Every key is written out.
/// </summary>
public static class ReviewStateLabels
{
    public static string BackToQueueKey(ReviewKind kind) => kind switch
    {
        ReviewKind.Roster => "BackToQueueRoster",
        ReviewKind.Cancellation => "BackToQueueCancellation",
        _ => "BackToQueueCourse",
    };

    public static string QueueHref(ReviewKind kind) => kind switch
    {
        ReviewKind.Roster => "/queues/roster",
        ReviewKind.Cancellation => "/queues/cancellation",
        _ => "/queues/course",
    };

    public static string StateKey(ReviewKind kind, CourseStatus status, ReviewOutcome? outcome) => (kind, outcome) switch
    {
        (ReviewKind.Roster, null) => "RosterStatePending",
        (ReviewKind.Roster, ReviewOutcome.Approved) => "RosterStateApproved",
        (ReviewKind.Roster, ReviewOutcome.Returned) => "RosterStateReturned",
        (ReviewKind.Roster, ReviewOutcome.Rejected) => "RosterStateRejected",
        (ReviewKind.Cancellation, null) => "CancellationStatePending",
        (ReviewKind.Cancellation, ReviewOutcome.Approved) => "CancellationStateApproved",
        (ReviewKind.Cancellation, ReviewOutcome.Returned) => "CancellationStateReturned",
        (_, ReviewOutcome.Withdrawn) => "OutcomeWithdrawn",
        _ => CourseStatusKey(status),
    };

    public static string CourseStatusKey(CourseStatus status) => status switch
    {
        CourseStatus.PendingReview => "StatusPendingReview",
        CourseStatus.Approved => "StatusApproved",
        CourseStatus.Returned => "StatusReturned",
        CourseStatus.Rejected => "StatusRejected",
        CourseStatus.Cancelled => "StatusCancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static Color StateColor(ReviewKind kind, CourseStatus status, ReviewOutcome? outcome) => (kind, outcome) switch
    {
        (ReviewKind.Course, _) => status switch
        {
            CourseStatus.Approved => Color.Success,
            CourseStatus.Returned => Color.Warning,
            CourseStatus.Rejected => Color.Error,
            _ => Color.Default,
        },
        (_, ReviewOutcome.Approved) => Color.Success,
        (_, ReviewOutcome.Returned) => Color.Warning,
        (_, ReviewOutcome.Rejected) => Color.Error,
        _ => Color.Default,
    };

    public static string State(this IStringLocalizer<Ui> text, ReviewKind kind, CourseStatus status, ReviewOutcome? outcome)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[StateKey(kind, status, outcome)].Value;
    }
}
