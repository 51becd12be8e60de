using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Tests.Domain.Review;

public sealed class SlaDueDatesTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.FromShipped();

    [Fact]
    public void OnAWednesdayDueSoonEndsBeforeFriday()
    {
        var dates = SlaDueDates.On(new DateOnly(2026, 11, 25), Calendar);

        Assert.Equal(new DateOnly(2026, 11, 27), dates.OnTrackFrom);
    }

    [Fact]
    public void OnAFridayDueSoonRunsOverTheWeekendToMonday()
    {
        var dates = SlaDueDates.On(new DateOnly(2026, 11, 27), Calendar);

        Assert.Equal(SlaState.DueSoon, dates.StateOf(new DateOnly(2026, 11, 30)));
        Assert.Equal(SlaState.OnTrack, dates.StateOf(new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void TheRangesAgreeWithTheReviewClockForEveryDayAndDueDateOf2026()
    {
        for (var today = new DateOnly(2026, 1, 5); today < new DateOnly(2026, 12, 20); today = today.AddDays(1))
        {
            var dates = SlaDueDates.On(today, Calendar);
            for (var due = today.AddDays(-5); due <= today.AddDays(10); due = due.AddDays(1))
            {
                if (!Calendar.IsWorkingDay(due))
                {
                    continue; // A due date is always a working day.
                }

                Assert.Equal(ReviewClock.StateOf(due, null, today, Calendar), dates.StateOf(due));
            }
        }
    }

    [Fact]
    public void ACountyClosureMovesTheBoundary()
    {
        // A typhoon day on Thursday 11-26 in Taipei: the next working days there are Friday and Monday.
        var closed = Calendar.WithClosures([new CountyClosure("63000", new DateOnly(2026, 11, 26), "颱風")]);

        Assert.Equal(new DateOnly(2026, 11, 30), SlaDueDates.On(new DateOnly(2026, 11, 25), closed, "63000").OnTrackFrom);
        Assert.Equal(new DateOnly(2026, 11, 27), SlaDueDates.On(new DateOnly(2026, 11, 25), closed, "65000").OnTrackFrom);
    }
}
