using RegionalConsole.Domain.Review;

namespace RegionalConsole.Domain.Courses;

/// <summary>Why a course refuses a move of its life; <see cref="None"/> when it may go ahead.</summary>
public enum CourseRefusal
{
    None,

    /// <summary>A cancelled course is off the network: no new version, roster or second cancellation (SPEC §5.5).</summary>
    Cancelled,

    /// <summary>Rosters follow an approved, held course (SPEC §3 steps 2–4).</summary>
    NotApproved,

    /// <summary>Only a cancelled course is restored when its cancellation is returned (SPEC §13.2).</summary>
    NotCancelled,
}

/// <summary>
/// The moves of a course's life (SPEC §3, §5.5, §13.2) as rules on its status: what a decision makes of it, and which
/// moves a status refuses. The course entity applies them; nothing here reads or writes storage.
/// </summary>
public static class CourseLifecycle
{
    /// <summary>
    /// The course's status after its course review ends with <paramref name="outcome"/>. A cancelled course stays
    /// cancelled whatever becomes of a review still open for it (SPEC §5.5); a withdrawn review decides nothing.
    /// </summary>
    public static CourseStatus StatusAfter(CourseStatus current, ReviewOutcome outcome) =>
        current == CourseStatus.Cancelled ? current : outcome switch
        {
            ReviewOutcome.Approved => CourseStatus.Approved,
            ReviewOutcome.Returned => CourseStatus.Returned,
            ReviewOutcome.Rejected => CourseStatus.Rejected,
            _ => current,
        };

    /// <summary>A new version (a resubmission, a change after a decision, a postponement) of a course not taken off.</summary>
    public static CourseRefusal RefusalToModify(CourseStatus status) =>
        status == CourseStatus.Cancelled ? CourseRefusal.Cancelled : CourseRefusal.None;

    /// <summary>Hours are issued only for a course that was approved and held (SPEC §3 steps 2–4).</summary>
    public static CourseRefusal RefusalToTakeRoster(CourseStatus status) => status switch
    {
        CourseStatus.Approved => CourseRefusal.None,
        CourseStatus.Cancelled => CourseRefusal.Cancelled,
        _ => CourseRefusal.NotApproved,
    };

    /// <summary>A returned cancellation gives back the status the course had before it (SPEC §13.2).</summary>
    public static CourseRefusal RefusalToRestore(CourseStatus status) =>
        status == CourseStatus.Cancelled ? CourseRefusal.None : CourseRefusal.NotCancelled;
}
