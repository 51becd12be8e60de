namespace RegionalConsole.Domain.Courses;

/// <summary>Where a course stands in its life (SPEC §3, §5.5, §13.2).</summary>
public enum CourseStatus
{
    PendingReview,
    Approved,
    Returned,
    Rejected,
    Cancelled,
}
