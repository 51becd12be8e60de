using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Tests.Domain.Review;

public class ReviewClockTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.FromShipped();

    [Theory]
    [InlineData("2026-11-24T23:30:00Z", "2026-11-25")]
    [InlineData("2026-11-24T16:00:00Z", "2026-11-25")]
    [InlineData("2026-11-24T15:59:59Z", "2026-11-24")]
    [InlineData("2026-12-31T16:00:00Z", "2027-01-01")]
    public void SubmissionDateIsTheCalendarDateInTaipei(string instant, string date) =>
        Assert.Equal(DateOnly.Parse(date), ReviewClock.SubmissionDate(Utc(instant)));

    [Fact]
    public void SubmissionJustAfterTaipeiMidnightBelongsToTheNewDay() =>
        Assert.Equal(new DateOnly(2026, 11, 30), ReviewClock.Start(Utc("2026-11-24T16:00:00Z"), Calendar).DueDate);

    [Fact]
    public void SubmissionJustBeforeTaipeiMidnightBelongsToThatDay() =>
        Assert.Equal(new DateOnly(2026, 11, 27), ReviewClock.Start(Utc("2026-11-24T15:59:59Z"), Calendar).DueDate);

    [Fact]
    public void SubmissionOnNewYearsEveInTaipeiIsDueInJanuary()
    {
        var clock = ReviewClock.Start(Utc("2026-12-31T15:00:00Z"), Calendar);

        Assert.Equal(new DateOnly(2026, 12, 31), clock.SubmittedDate);
        Assert.Equal(new DateOnly(2027, 1, 6), clock.DueDate);
    }

    [Fact]
    public void UnspecifiedKindFromTheDatabaseIsReadAsUtc() =>
        Assert.Equal(new DateOnly(2026, 11, 25), ReviewClock.SubmissionDate(new DateTime(2026, 11, 24, 16, 0, 0, DateTimeKind.Unspecified)));

    [Fact]
    public void LocalKindIsRefused() =>
        Assert.Throws<ArgumentException>(() => ReviewClock.Start(new DateTime(2026, 11, 24, 16, 0, 0, DateTimeKind.Local), Calendar));

    [Fact]
    public void StartedClockRunsAndKnowsItsWorkingDays()
    {
        var clock = ReviewClock.Start(Utc("2026-11-25T02:00:00Z"), Calendar);

        Assert.True(clock.IsRunning);
        Assert.Null(clock.WorkingDaysToDecision);
        Assert.Equal([new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 30)], clock.WorkingDays);
    }

    [Fact]
    public void ClockOfACountyCentreHonoursItsClosures()
    {
        var typhoon = Calendar.WithClosures([new CountyClosure("10015", new DateOnly(2026, 11, 26), "颱風停止上班")]);

        Assert.Equal(new DateOnly(2026, 12, 1), ReviewClock.Start(Utc("2026-11-25T02:00:00Z"), typhoon, "10015").DueDate);
        Assert.Equal(new DateOnly(2026, 11, 30), ReviewClock.Start(Utc("2026-11-25T02:00:00Z"), typhoon, "NATIONAL").DueDate);
    }

    [Fact]
    public void StoppingKeepsTheSubmissionAndRecordsTheDecision()
    {
        var running = ReviewClock.Start(Utc("2026-11-25T02:00:00Z"), Calendar);

        var stopped = running.Stop(Utc("2026-11-27T06:00:00Z"));

        Assert.True(running.IsRunning);
        Assert.False(stopped.IsRunning);
        Assert.Equal(running.DueDate, stopped.DueDate);
        Assert.Equal(2, stopped.WorkingDaysToDecision);
    }

    [Fact]
    public void StoppedClockCannotStopAgain()
    {
        var stopped = ReviewClock.Start(Utc("2026-11-25T02:00:00Z"), Calendar).Stop(Utc("2026-11-26T02:00:00Z"));

        Assert.Throws<InvalidOperationException>(() => stopped.Stop(Utc("2026-11-27T02:00:00Z")));
    }

    [Fact]
    public void DecisionBeforeSubmissionIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewClock.Start(Utc("2026-11-25T02:00:00Z"), Calendar).Stop(Utc("2026-11-25T01:59:00Z")));

    [Fact]
    public void ResubmissionAfterAReturnStartsANewClock()
    {
        var returned = ReviewClock.Start(Utc("2026-11-25T02:00:00Z"), Calendar).Stop(Utc("2026-11-26T02:00:00Z"));

        var resubmitted = returned.Restart(Utc("2026-11-27T02:00:00Z"));

        Assert.True(resubmitted.IsRunning);
        Assert.Equal(Utc("2026-11-27T02:00:00Z"), resubmitted.SubmittedUtc);
        Assert.Equal(new DateOnly(2026, 12, 2), resubmitted.DueDate);
        Assert.Equal(new DateOnly(2026, 11, 30), returned.DueDate);
    }

    [Fact]
    public void RunningClockCannotRestart() =>
        Assert.Throws<InvalidOperationException>(() => ReviewClock.Start(Utc("2026-11-25T02:00:00Z"), Calendar).Restart(Utc("2026-11-26T02:00:00Z")));

    [Fact]
    public void ResubmissionBeforeTheReturnIsRefused()
    {
        var returned = ReviewClock.Start(Utc("2026-11-25T02:00:00Z"), Calendar).Stop(Utc("2026-11-26T02:00:00Z"));

        Assert.Throws<ArgumentOutOfRangeException>(() => returned.Restart(Utc("2026-11-26T01:00:00Z")));
    }

    [Fact]
    public void RestartKeepsTheCentresCounty()
    {
        var typhoon = Calendar.WithClosures([new CountyClosure("10015", new DateOnly(2026, 11, 30), "颱風停止上班")]);
        var returned = ReviewClock.Start(Utc("2026-11-20T02:00:00Z"), typhoon, "10015").Stop(Utc("2026-11-23T02:00:00Z"));

        var resubmitted = returned.Restart(Utc("2026-11-25T02:00:00Z"));

        Assert.Equal("10015", resubmitted.CountyCode);
        Assert.Equal(new DateOnly(2026, 12, 1), resubmitted.DueDate);
    }

    internal static DateTime Utc(string instant) =>
        DateTime.Parse(instant, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
}
