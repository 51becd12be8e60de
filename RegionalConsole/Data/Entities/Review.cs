using RegionalConsole.Domain.Review;

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

    /// <summary>Keeps the item's denormalised columns in step with the course version under review.</summary>
    public void FollowVersion(CourseVersion version)
    {
        if (version.Id != 0)
        {
            CourseVersionId = version.Id;
        }

        // The queue shows the declared tags in front of the title (SPEC §5.2), as the network lists courses.
        Title = Domain.Tags.TaggedTitle.Format(version.Tags, version.Title);
        CourseStart = version.StartDate;
        OrderDate = version.StartDate < DueDate ? version.StartDate : DueDate;
        // SPEC §4: a course starting on or before its review due date needs the decision before enrolment.
        IsUrgent = version.StartDate <= DueDate;
        ErrorCount = version.ErrorCount;
        WarningCount = version.WarningCount;
        Revision = Guid.NewGuid();
    }
}

public class Decision
{
    public int Id { get; set; }
    public int ReviewItemId { get; set; }
    public ReviewOutcome Outcome { get; set; }
    public string? Reason { get; set; }
    public string? OverrideReason { get; set; }
    public int DecidedById { get; set; }
    public DateTime DecidedAt { get; set; }
}

/// <summary>A reviewer's confirm, remove or add of one tag of a course version (SPEC §5.2); one per version and tag.</summary>
public class TagReview
{
    public int Id { get; set; }
    public int CourseVersionId { get; set; }

    /// <summary>The registry's name of the tag (not its label), or the tag as declared when the registry does not know it.</summary>
    public required string TagName { get; set; }

    public Domain.Tags.TagReviewState State { get; set; }

    /// <summary>Why a declared tag was removed (required then); a note otherwise.</summary>
    public string? Reason { get; set; }

    public int ReviewerId { get; set; }
    public DateTime At { get; set; }
}
