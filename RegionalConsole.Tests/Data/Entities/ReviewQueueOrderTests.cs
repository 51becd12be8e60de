using RegionalConsole.Data.Entities;
using static RegionalConsole.Tests.Data.Entities.Lifecycle;

namespace RegionalConsole.Tests.Data.Entities;

/// <summary>
/// SPEC §4's queue order as the one expression the queue, the review screen's navigation and the tests use, here over
/// items in memory. Today is Tuesday 2026-12-01.
/// </summary>
public class ReviewQueueOrderTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    // Submitted Tue 11-24 → due Fri 11-27; Wed 11-25 → due Mon 11-30 (both overdue today); Fri 11-27 → due Wed 12-02;
    // Mon 11-30 → due Thu 12-03.
    private static readonly ReviewItem OverdueEarly = Item(Utc("2026-11-24T04:00:00Z"), start: "2026-12-20", id: 1);
    private static readonly ReviewItem OverdueLate = Item(Utc("2026-11-25T01:00:00Z"), start: "2026-12-20", id: 2);
    private static readonly ReviewItem StartsTomorrow = Item(Utc("2026-11-30T04:00:00Z"), start: "2026-12-02", id: 3);
    private static readonly ReviewItem DueWednesday = Item(Utc("2026-11-27T01:00:00Z"), start: "2026-12-20", id: 4);
    private static readonly ReviewItem DueThursdayMorning = Item(Utc("2026-11-30T01:00:00Z"), start: "2026-12-20", id: 5);
    private static readonly ReviewItem DueThursdayNoon = Item(Utc("2026-11-30T04:00:00Z"), start: "2026-12-20", id: 6);

    private static readonly ReviewItem[] Shuffled = [DueThursdayNoon, OverdueLate, StartsTomorrow, DueWednesday, DueThursdayMorning, OverdueEarly];
    private static readonly int[] QueueOrder = [1, 2, 4, 3, 5, 6];

    [Fact]
    public void OverdueFirstThenTheEarlierOfDueDateAndCourseStartThenSubmissionTime() =>
        Assert.Equal(QueueOrder, Shuffled.AsQueryable().InQueueOrder(Today).Select(i => i.Id));

    [Fact]
    public void TheOverduePartAndTheRestMakeTheSameOrder() =>
        Assert.Equal(QueueOrder, Shuffled.AsQueryable().OverduePart(Today).Concat(Shuffled.AsQueryable().NotOverduePart(Today)).Select(i => i.Id));

    [Fact]
    public void ReverseQueueOrderIsTheQueueOrderBackwards() =>
        Assert.Equal(QueueOrder.Reverse(), Shuffled.AsQueryable().InReverseQueueOrder(Today).Select(i => i.Id));

    [Fact]
    public void AnItemDueTodayIsNotYetOverdue() =>
        Assert.Empty(new[] { Item(Utc("2026-11-26T01:00:00Z"), id: 9) }.AsQueryable().OverduePart(new DateOnly(2026, 12, 1)));

    [Fact]
    public void AfterAPositionComeTheItemsLaterInQueueOrder()
    {
        var position = new QueuePosition(DueWednesday.Id, DueWednesday.DueDate, DueWednesday.OrderDate, DueWednesday.SubmittedAt);

        Assert.Equal([3, 5, 6], Shuffled.AsQueryable().Where(ReviewQueueOrder.After(position, Today)).InQueueOrder(Today).Select(i => i.Id));
        Assert.Equal([1, 2], Shuffled.AsQueryable().Where(ReviewQueueOrder.Before(position, Today)).InQueueOrder(Today).Select(i => i.Id));
    }
}
