using Microsoft.Extensions.Time.Testing;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Review;
using static RegionalConsole.Tests.Domain.Review.ReviewClockTests;

namespace RegionalConsole.Tests.Domain.Review;

/// <summary>SPEC §4 states, for an item submitted Wed 2026-11-25 (Taipei) and due Mon 2026-11-30.</summary>
public class SlaStateTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.FromShipped();
    private static readonly ReviewClock Clock = ReviewClock.Start(Utc("2026-11-25T02:00:00Z"), Calendar);

    [Theory]
    [InlineData("2026-11-25")]
    [InlineData("2026-11-26")]
    public void TwoOrMoreWorkingDaysLeftIsOnTrack(string today) =>
        Assert.Equal(SlaState.OnTrack, Clock.State(DateOnly.Parse(today)));

    [Theory]
    [InlineData("2026-11-27")]
    [InlineData("2026-11-28")]
    [InlineData("2026-11-29")]
    public void DueOnTheNextWorkingDayIsDueSoon(string today) =>
        Assert.Equal(SlaState.DueSoon, Clock.State(DateOnly.Parse(today)));

    [Fact]
    public void DueTodayIsDueSoon() => Assert.Equal(SlaState.DueSoon, Clock.State(new DateOnly(2026, 11, 30)));

    [Fact]
    public void UndecidedAfterTheDueDateIsOverdue() => Assert.Equal(SlaState.Overdue, Clock.State(new DateOnly(2026, 12, 1)));

    [Fact]
    public void UndecidedAfterTheLastLoadedYearIsStillOverdue() =>
        Assert.Equal(SlaState.Overdue, Clock.State(new DateOnly(2028, 1, 3)));

    [Fact]
    public void DecidedLateOnTheDueDateInTaipeiIsMet() =>
        Assert.Equal(SlaState.Met, Clock.Stop(Utc("2026-11-30T15:59:00Z")).State(new DateOnly(2026, 12, 3)));

    [Fact]
    public void DecidedAfterTaipeiMidnightOfTheDueDateIsBreached() =>
        Assert.Equal(SlaState.Breached, Clock.Stop(Utc("2026-11-30T16:00:00Z")).State(new DateOnly(2026, 12, 3)));

    [Fact]
    public void ReturnedItemIsNeitherOverdueNorDueSoon()
    {
        // 退回修正 stops the clock: the item now waits on the organiser, not the reviewer.
        var returned = Clock.Stop(Utc("2026-11-26T03:00:00Z"));

        Assert.Equal(SlaState.Met, returned.State(new DateOnly(2026, 11, 30)));
        Assert.Equal(SlaState.Met, returned.State(new DateOnly(2026, 12, 15)));
    }

    [Fact]
    public void NextWorkingDayAfterAHolidayIsDueSoon()
    {
        // Submitted Sat 2026-02-14, due Wed 02-25: on Fri 02-20 (a bridge day) two working days remain.
        var lunarNewYear = ReviewClock.Start(Utc("2026-02-14T02:00:00Z"), Calendar);

        Assert.Equal(SlaState.OnTrack, lunarNewYear.State(new DateOnly(2026, 2, 20)));
        Assert.Equal(SlaState.DueSoon, lunarNewYear.State(new DateOnly(2026, 2, 24)));
    }

    [Fact]
    public void CountyClosureCountsWhenJudgingDueSoon()
    {
        // Taipei is closed on Fri 11-27, so on Thu 11-26 its only working day left is the due date, Mon 11-30.
        var typhoon = Calendar.WithClosures([new CountyClosure("63000", new DateOnly(2026, 11, 27), "颱風停止上班")]);

        Assert.Equal(SlaState.DueSoon, ReviewClock.StateOf(new DateOnly(2026, 11, 30), null, new DateOnly(2026, 11, 26), typhoon, "63000"));
        Assert.Equal(SlaState.OnTrack, ReviewClock.StateOf(new DateOnly(2026, 11, 30), null, new DateOnly(2026, 11, 26), typhoon, "65000"));
    }

    [Fact]
    public void StateReadsTodayInTaipeiFromTheTimeProvider()
    {
        // 2026-11-29T16:30Z is already Monday 11-30 in Taipei: due today.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 16, 30, 0, TimeSpan.Zero));
        Assert.Equal(SlaState.DueSoon, Clock.State(time));

        time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(SlaState.Overdue, Clock.State(time));
    }

    [Fact]
    public void StoredItemsGetTheSameStateAsTheirClock()
    {
        var today = new DateOnly(2026, 11, 27);

        Assert.Equal(Clock.State(today), ReviewClock.StateOf(Clock.DueDate, null, today, Calendar));
    }

    [Theory]
    [InlineData("2026-11-29", 1)]
    [InlineData("2026-11-30", 0)]
    [InlineData("2026-12-01", -1)]
    public void ClockCountsWorkingDaysLeft(string today, int left) =>
        Assert.Equal(left, Clock.WorkingDaysLeft(DateOnly.Parse(today)));
}
