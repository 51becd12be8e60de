namespace RegionalConsole.Domain.Review;

/// <summary>
/// Where an undecided item sorts in its queue (SPEC §4): overdue first, then by the earlier of its due date
/// and its course start (a course about to start needs its decision before enrolment), then by submission
/// time. Ascending order is queue order. SQL mirrors it as
/// <c>ORDER BY CASE WHEN DueDate &lt; @today THEN 0 ELSE 1 END, MIN(DueDate, COALESCE(CourseStart, DueDate)), SubmittedUtc</c>.
/// </summary>
public readonly record struct ReviewQueueKey(bool IsOverdue, DateOnly Earliest, DateTime SubmittedUtc)
    : IComparable<ReviewQueueKey>
{
    /// <param name="courseStart">Null where the item has no course still to start (a roster of a finished course).</param>
    public static ReviewQueueKey For(DateOnly dueDate, DateOnly? courseStart, DateTime submittedUtc, DateOnly today) =>
        new(
            IsOverdue: dueDate < today,
            Earliest: courseStart is { } start && start < dueDate ? start : dueDate,
            SubmittedUtc: submittedUtc);

    public static bool operator <(ReviewQueueKey left, ReviewQueueKey right) => left.CompareTo(right) < 0;

    public static bool operator <=(ReviewQueueKey left, ReviewQueueKey right) => left.CompareTo(right) <= 0;

    public static bool operator >(ReviewQueueKey left, ReviewQueueKey right) => left.CompareTo(right) > 0;

    public static bool operator >=(ReviewQueueKey left, ReviewQueueKey right) => left.CompareTo(right) >= 0;

    public int CompareTo(ReviewQueueKey other)
    {
        if (IsOverdue != other.IsOverdue)
        {
            return IsOverdue ? -1 : 1;
        }

        var byDate = Earliest.CompareTo(other.Earliest);
        return byDate != 0 ? byDate : SubmittedUtc.CompareTo(other.SubmittedUtc);
    }
}
