using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Review;
using static RegionalConsole.Tests.Domain.Review.ReviewClockTests;

namespace RegionalConsole.Tests.Domain.Review;

/// <summary>Urgency and queue order (SPEC §4).</summary>
public class QueueOrderTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly DateTime Morning = Utc("2026-11-25T01:00:00Z");
    private static readonly DateTime Noon = Utc("2026-11-25T04:00:00Z");

    [Fact]
    public void CourseStartingOnTheDueDateIsUrgent() =>
        Assert.True(ReviewClock.IsUrgent(new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 30)));

    [Fact]
    public void CourseStartingBeforeTheDueDateIsUrgent() =>
        Assert.True(ReviewClock.IsUrgent(new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 30)));

    [Fact]
    public void CourseStartingTheDayAfterTheDueDateIsNotUrgent() =>
        Assert.False(ReviewClock.IsUrgent(new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 30)));

    [Fact]
    public void ClockKnowsWhetherItsCourseIsUrgent()
    {
        var clock = ReviewClock.Start(Morning, WorkingCalendar.FromShipped());

        Assert.True(clock.IsUrgentFor(new DateOnly(2026, 11, 30)));
        Assert.False(clock.IsUrgentFor(new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void OverdueItemsComeFirstEvenWhenDueLater()
    {
        var overdue = Key(due: "2026-11-30", start: null, Noon);
        var dueToday = Key(due: "2026-12-01", start: "2026-12-01", Morning);

        Assert.True(overdue < dueToday);
    }

    [Fact]
    public void EarlierCourseStartMovesAnItemAhead()
    {
        var startsSoon = Key(due: "2026-12-04", start: "2026-12-02", Noon);
        var dueSooner = Key(due: "2026-12-03", start: "2026-12-20", Morning);

        Assert.True(startsSoon < dueSooner);
        Assert.Equal(new DateOnly(2026, 12, 2), startsSoon.Earliest);
    }

    [Fact]
    public void CourseStartAfterTheDueDateDoesNotDelayTheItem() =>
        Assert.Equal(new DateOnly(2026, 12, 3), Key(due: "2026-12-03", start: "2027-01-10", Noon).Earliest);

    [Fact]
    public void TiesGoToTheEarlierSubmission()
    {
        var first = Key(due: "2026-12-03", start: null, Morning);
        var second = Key(due: "2026-12-03", start: null, Noon);

        Assert.True(first < second);
        Assert.True(second > first);
    }

    [Fact]
    public void SortingKeysGivesQueueOrder()
    {
        string[] expected = ["overdue-early", "overdue-late", "starts-tomorrow", "due-thursday-morning", "due-thursday-noon", "due-friday"];
        var items = new (string Name, ReviewQueueKey Key)[]
        {
            ("due-friday", Key("2026-12-04", null, Morning)),
            ("due-thursday-noon", Key("2026-12-03", "2026-12-10", Noon)),
            ("overdue-late", Key("2026-11-30", null, Morning)),
            ("starts-tomorrow", Key("2026-12-04", "2026-12-02", Noon)),
            ("due-thursday-morning", Key("2026-12-03", null, Morning)),
            ("overdue-early", Key("2026-11-27", null, Noon)),
        };

        Assert.Equal(expected, items.OrderBy(i => i.Key).Select(i => i.Name));
    }

    [Fact]
    public void DueTodayIsNotYetOverdue() => Assert.False(Key("2026-12-01", null, Noon).IsOverdue);

    [Fact]
    public void ClockBuildsTheSameKey()
    {
        var clock = ReviewClock.Start(Morning, WorkingCalendar.FromShipped());

        Assert.Equal(ReviewQueueKey.For(clock.DueDate, new DateOnly(2026, 12, 20), Morning, Today), clock.QueueKey(new DateOnly(2026, 12, 20), Today));
        Assert.True(clock.QueueKey(null, Today).IsOverdue);
    }

    private static ReviewQueueKey Key(string due, string? start, DateTime submittedUtc) =>
        ReviewQueueKey.For(DateOnly.Parse(due), start is null ? null : DateOnly.Parse(start), submittedUtc, Today);
}
