using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Review;
using static RegionalConsole.Tests.Domain.Review.ReviewClockTests;

namespace RegionalConsole.Tests.Domain.Review;

/// <summary>Urgency and the order date an item takes in its queue (SPEC §4); the order itself: Data/Entities/ReviewQueueOrderTests.</summary>
public class QueueOrderTests
{
    private static readonly DateTime Morning = Utc("2026-11-25T01:00:00Z");

    [Fact]
    public void CourseStartingOnTheDueDateIsUrgent() =>
        Assert.True(QueuePlace.ForCourse(dueDate: new DateOnly(2026, 11, 30), courseStart: new DateOnly(2026, 11, 30)).IsUrgent);

    [Fact]
    public void CourseStartingBeforeTheDueDateIsUrgent() =>
        Assert.True(QueuePlace.ForCourse(dueDate: new DateOnly(2026, 11, 30), courseStart: new DateOnly(2026, 11, 27)).IsUrgent);

    [Fact]
    public void CourseStartingTheDayAfterTheDueDateIsNotUrgent() =>
        Assert.False(QueuePlace.ForCourse(dueDate: new DateOnly(2026, 11, 30), courseStart: new DateOnly(2026, 12, 1)).IsUrgent);

    [Fact]
    public void EarlierCourseStartIsTheOrderDate() =>
        Assert.Equal(new DateOnly(2026, 12, 2), QueuePlace.ForCourse(dueDate: new DateOnly(2026, 12, 4), courseStart: new DateOnly(2026, 12, 2)).OrderDate);

    [Fact]
    public void CourseStartAfterTheDueDateDoesNotDelayTheItem() =>
        Assert.Equal(new DateOnly(2026, 12, 3), QueuePlace.ForCourse(dueDate: new DateOnly(2026, 12, 3), courseStart: new DateOnly(2027, 1, 10)).OrderDate);

    [Fact]
    public void ARosterOrCancellationSortsByItsDueDateAndIsNeverUrgent() =>
        Assert.Equal(new QueuePlace(new DateOnly(2026, 12, 3), false), QueuePlace.ForFollowUp(new DateOnly(2026, 12, 3)));

    [Fact]
    public void ClockKnowsWhetherItsCourseIsUrgent()
    {
        var clock = ReviewClock.Start(Morning, WorkingCalendar.FromShipped());

        Assert.True(clock.IsUrgentFor(new DateOnly(2026, 11, 30)));
        Assert.False(clock.IsUrgentFor(new DateOnly(2026, 12, 1)));
    }
}
