namespace RegionalConsole.Domain.Review;

/// <summary>
/// Where an undecided item stands in its queue (SPEC §4), computed once when its clock starts or its version changes:
/// <see cref="OrderDate"/> is the earlier of due date and course start — a course about to start needs its decision
/// before enrolment — and such a course is <see cref="IsUrgent"/>. A roster or cancellation follows a course already
/// decided: it sorts by its due date and is never urgent. Queues order by overdue first, then
/// <see cref="OrderDate"/>, then submission time.
/// </summary>
public readonly record struct QueuePlace(DateOnly OrderDate, bool IsUrgent)
{
    public static QueuePlace ForCourse(DateOnly dueDate, DateOnly courseStart) =>
        new(courseStart < dueDate ? courseStart : dueDate, courseStart <= dueDate);

    public static QueuePlace ForFollowUp(DateOnly dueDate) => new(dueDate, false);
}
