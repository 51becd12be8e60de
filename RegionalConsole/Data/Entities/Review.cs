using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Data.Entities;

public enum ReviewKind
{
    Course,
    Roster,
    Cancellation,
}

/// <summary>A unit of work in a centre's queue: one submission of a course, roster or cancellation.</summary>
public class ReviewItem
{
    public int Id { get; set; }
    public ReviewKind Kind { get; set; }
    public required string CentreCode { get; set; }
    public int CourseId { get; set; }
    public Course? Course { get; set; }
    public int? CourseVersionId { get; set; }
    public int? RosterId { get; set; }
    public int? CancellationId { get; set; }

    public DateTime SubmittedAt { get; set; }
    public DateOnly SubmittedDate { get; set; }

    /// <summary>Working day 3 after the submission date (第11條第8款).</summary>
    public DateOnly DueDate { get; set; }

    public DateOnly CourseStart { get; set; }

    /// <summary>The earlier of due date and course start: the queue's second ordering key (SPEC §4).</summary>
    public DateOnly OrderDate { get; set; }

    public bool IsUrgent { get; set; }

    /// <summary>Denormalised for queue search and display.</summary>
    public required string Title { get; set; }

    public required string OrganiserName { get; set; }

    /// <summary>
    /// The version's declared tags by name for the queue's tag filter, read off the queue index (<see cref="TagReviews.QueueList"/>).
    /// </summary>
    public string DeclaredTags { get; set; } = "";

    public int ErrorCount { get; set; }
    public int WarningCount { get; set; }

    public int? AssigneeId { get; set; }
    public Account? Assignee { get; set; }

    public ReviewOutcome? Outcome { get; set; }
    public DateTime? DecidedAt { get; set; }
    public DateOnly? DecidedDate { get; set; }
    public int? DecidedById { get; set; }

    /// <summary>Optimistic concurrency: two reviewers deciding at once, the first wins.</summary>
    public Guid Revision { get; set; } = Guid.NewGuid();

    public List<Decision> Decisions { get; set; } = [];

    /// <summary>
    /// Opens a course review (SPEC §3 step 1): its clock starts at <paramref name="submittedUtc"/> and it is due on
    /// working day 3 of the reviewing centre's calendar (第11條第8款).
    /// </summary>
    public static ReviewItem OpenCourseReview(Course course, CourseVersion version, string organiserName, DateTime submittedUtc,
        WorkingCalendar calendar, TagRegistry? tags = null)
    {
        ArgumentNullException.ThrowIfNull(course);
        var item = new ReviewItem
        {
            Kind = ReviewKind.Course,
            CentreCode = course.CentreCode,
            Course = course,
            CourseId = course.Id,
            Title = version.Title,
            OrganiserName = organiserName,
        };
        item.RestartClock(version, submittedUtc, calendar, tags);
        return item;
    }

    /// <summary>
    /// Opens a roster or cancellation review for a course already decided: never urgent, ordered by its due date; its
    /// flag counts are its own checks', not the course's.
    /// </summary>
    public static ReviewItem OpenFollowUp(ReviewKind kind, Course course, CourseVersion version, string organiserName, DateTime submittedUtc,
        WorkingCalendar calendar, int errorCount = 0, int warningCount = 0, TagRegistry? tags = null)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(calendar);
        var submitted = RocDate.TaipeiDate(submittedUtc);
        var due = calendar.ReviewDueDate(submitted, course.CentreCode);
        var place = QueuePlace.ForFollowUp(due);
        tags ??= TagRegistry.Default;
        return new ReviewItem
        {
            Kind = kind,
            CentreCode = course.CentreCode,
            CourseId = course.Id,
            CourseVersionId = version.Id,
            SubmittedAt = submittedUtc,
            SubmittedDate = submitted,
            DueDate = due,
            CourseStart = version.StartDate,
            OrderDate = place.OrderDate,
            IsUrgent = place.IsUrgent,
            Title = TaggedTitle.Format(version.Tags, version.Title, tags),
            DeclaredTags = TagReviews.QueueList(version.Tags, tags),
            OrganiserName = organiserName,
            ErrorCount = errorCount,
            WarningCount = warningCount,
        };
    }

    /// <summary>Points the item at a version submitted at <paramref name="submittedUtc"/> and starts its clock from then.</summary>
    public void RestartClock(CourseVersion version, DateTime submittedUtc, WorkingCalendar calendar, TagRegistry? tags = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        SubmittedAt = submittedUtc;
        SubmittedDate = RocDate.TaipeiDate(submittedUtc);
        DueDate = calendar.ReviewDueDate(SubmittedDate, CentreCode);
        FollowVersion(version, tags);
    }

    /// <summary>
    /// A new version while undecided: the item shows it and keeps its clock (SPEC §3). Tags are named by
    /// <paramref name="tags"/>, the registry as stored (the seeded one when none is given).
    /// </summary>
    public void FollowVersion(CourseVersion version, TagRegistry? tags = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.Id != 0)
        {
            CourseVersionId = version.Id;
        }

        // The queue shows the declared tags in front of the title (SPEC §5.2), as the network lists courses.
        tags ??= TagRegistry.Default;
        Title = TaggedTitle.Format(version.Tags, version.Title, tags);
        DeclaredTags = TagReviews.QueueList(version.Tags, tags);
        CourseStart = version.StartDate;
        (OrderDate, IsUrgent) = QueuePlace.ForCourse(DueDate, version.StartDate);
        ErrorCount = version.ErrorCount;
        WarningCount = version.WarningCount;
        Revision = Guid.NewGuid();
    }

    /// <summary>The actor takes the item; the first claim wins (SPEC §6).</summary>
    public AssignmentRefusal Claim(AccessScope scope, int actorId)
    {
        var refusal = ReviewAssignment.Claim(scope, actorId, CentreCode, AssigneeId, Outcome is not null);
        if (refusal == AssignmentRefusal.None)
        {
            Hold(actorId);
        }

        return refusal;
    }

    /// <summary>The actor gives the item to <paramref name="assigneeId"/>, a reviewer of its centre, or (with null) releases it.</summary>
    /// <param name="assigneeWorksHere">Whether the assignee is an enabled reviewer of the item's centre.</param>
    public AssignmentRefusal Assign(AccessScope scope, int actorId, string centreSupervisorScope, int? assigneeId, bool assigneeWorksHere)
    {
        var refusal = ReviewAssignment.Assign(scope, actorId, CentreCode, centreSupervisorScope, AssigneeId, Outcome is not null);
        if (refusal == AssignmentRefusal.None && assigneeId is not null && !assigneeWorksHere)
        {
            refusal = AssignmentRefusal.NotAReviewerOfTheCentre;
        }

        if (refusal == AssignmentRefusal.None)
        {
            Hold(assigneeId);
        }

        return refusal;
    }

    /// <summary>Why <paramref name="decision"/> may not be recorded by someone with <paramref name="scope"/> (SPEC §1, §3, §5).</summary>
    public DecisionRefusal RefusalToDecide(ReviewDecision decision, AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.RefusalFor(scope, CentreCode, alreadyDecided: Outcome is not null, ErrorCount);
    }

    /// <summary>
    /// Records the reviewer's decision: the clock stops and the decision joins the history. A decided or withdrawn item
    /// refuses another: the first decision wins (SPEC §3).
    /// </summary>
    public DecisionRefusal Decide(ReviewDecision decision, AccessScope scope, int deciderId, DateTime decidedUtc)
    {
        var refusal = RefusalToDecide(decision, scope);
        if (refusal != DecisionRefusal.None)
        {
            return refusal;
        }

        Outcome = decision.Outcome;
        DecidedAt = decidedUtc;
        DecidedDate = RocDate.TaipeiDate(decidedUtc);
        DecidedById = deciderId;
        Revision = Guid.NewGuid();
        Decisions.Add(new Decision
        {
            ReviewItemId = Id,
            Outcome = decision.Outcome,
            Reason = decision.Reason,
            OverrideReason = decision.RecordedOverride(ErrorCount),
            DecidedById = deciderId,
            DecidedAt = decidedUtc,
        });
        return refusal;
    }

    /// <summary>
    /// The course was cancelled while this review was open (SPEC §13.2): the item closes as withdrawn. Without a
    /// decision date it leaves the queues, the backlog and every SLA figure. Refused once decided.
    /// </summary>
    public DecisionRefusal Withdraw(DateTime withdrawnUtc)
    {
        if (Outcome is not null)
        {
            return DecisionRefusal.AlreadyDecided;
        }

        Outcome = ReviewOutcome.Withdrawn;
        DecidedAt = withdrawnUtc;
        DecidedDate = null;
        DecidedById = null;
        Revision = Guid.NewGuid();
        return DecisionRefusal.None;
    }

    private void Hold(int? assigneeId)
    {
        if (AssigneeId != assigneeId)
        {
            AssigneeId = assigneeId;
            Revision = Guid.NewGuid();
        }
    }
}
