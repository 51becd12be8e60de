using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Tests.Domain.Calendar;

/// <summary>A typhoon 停止上班 day is off for that county's centre only (SPEC §4).</summary>
public class CountyClosureTests
{
    private const string Taipei = "63000";
    private const string NewTaipei = "65000";
    private static readonly DateOnly Thursday = new(2026, 11, 26);
    private static readonly DateOnly SubmittedWednesday = new(2026, 11, 25);

    private static readonly WorkingCalendar Typhoon =
        WorkingCalendar.FromShipped().WithClosures([new CountyClosure(Taipei, Thursday, "颱風停止上班")]);

    [Fact]
    public void ClosedDayIsOffForThatCounty() => Assert.False(Typhoon.IsWorkingDay(Thursday, Taipei));

    [Fact]
    public void ClosedDayStillWorksForOtherCounties() => Assert.True(Typhoon.IsWorkingDay(Thursday, NewTaipei));

    [Fact]
    public void ClosedDayStillWorksWithoutACounty() => Assert.True(Typhoon.IsWorkingDay(Thursday));

    [Theory]
    [InlineData("NATIONAL")]
    [InlineData("K12EA")]
    public void NationalCentresSeeNoCountyClosures(string centre) =>
        Assert.Equal(new DateOnly(2026, 11, 30), Typhoon.ReviewDueDate(SubmittedWednesday, centre));

    [Fact]
    public void ClosureMovesThatCountysDueDate()
    {
        Assert.Equal(new DateOnly(2026, 12, 1), Typhoon.ReviewDueDate(SubmittedWednesday, Taipei));
        Assert.Equal([new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 1)], Typhoon.ReviewWorkingDays(SubmittedWednesday, Taipei));
    }

    [Fact]
    public void ClosureLeavesOtherCountiesDueDateAlone() =>
        Assert.Equal(new DateOnly(2026, 11, 30), Typhoon.ReviewDueDate(SubmittedWednesday, NewTaipei));

    [Fact]
    public void ClosureCountsInWorkingDaysLeft()
    {
        var due = new DateOnly(2026, 11, 30);

        Assert.Equal(2, Typhoon.WorkingDaysLeft(SubmittedWednesday, due, Taipei));
        Assert.Equal(3, Typhoon.WorkingDaysLeft(SubmittedWednesday, due, NewTaipei));
    }

    [Fact]
    public void TheCalendarWithoutClosuresIsUnchanged() =>
        Assert.True(WorkingCalendar.FromShipped().IsWorkingDay(Thursday, Taipei));

    [Fact]
    public void ClosureOnADayOffChangesNothing()
    {
        var calendar = WorkingCalendar.FromShipped().WithClosures([new CountyClosure(Taipei, new DateOnly(2026, 11, 28), "颱風")]);

        Assert.Equal(new DateOnly(2026, 11, 30), calendar.ReviewDueDate(SubmittedWednesday, Taipei));
    }

    [Fact]
    public void SeveralClosuresOfOneCountyAllCount()
    {
        var calendar = WorkingCalendar.FromShipped().WithClosures(
        [
            new CountyClosure(Taipei, Thursday, "颱風"),
            new CountyClosure(Taipei, new DateOnly(2026, 11, 27), "颱風"),
            new CountyClosure(Taipei, new DateOnly(2026, 11, 27), "重複登錄"),
        ]);

        Assert.Equal(new DateOnly(2026, 12, 2), calendar.ReviewDueDate(SubmittedWednesday, Taipei));
    }

    [Fact]
    public void ClosureOutsideTheLoadedYearsIsIgnoredUntilThatYearIsImported()
    {
        var calendar = WorkingCalendar.FromShipped().WithClosures([new CountyClosure(Taipei, new DateOnly(2028, 8, 1), "颱風")]);

        Assert.True(calendar.IsWorkingDay(Thursday, Taipei));
        Assert.Throws<CalendarNotLoadedException>(() => calendar.IsWorkingDay(new DateOnly(2028, 8, 1), Taipei));
    }

    [Fact]
    public void UnknownCountyCodeIsRefused() =>
        Assert.Throws<ArgumentException>(() => WorkingCalendar.FromShipped().WithClosures([new CountyClosure("99999", Thursday, "颱風")]));

    [Fact]
    public void ClosuresCanBeGivenWhenBuilding()
    {
        var days = OfficeCalendarCsv.LoadShipped().SelectMany(y => y.Days);

        var calendar = new WorkingCalendar(days, [new CountyClosure(Taipei, Thursday, "颱風")]);

        Assert.False(calendar.IsWorkingDay(Thursday, Taipei));
        Assert.Single(calendar.Closures);
    }

    [Fact]
    public void CountyAnswersAreTheSameFromManyThreads()
    {
        var calendar = WorkingCalendar.FromShipped().WithClosures([new CountyClosure(Taipei, Thursday, "颱風")]);

        var dues = Enumerable.Range(0, 64).AsParallel().Select(_ => calendar.ReviewDueDate(SubmittedWednesday, Taipei)).Distinct();

        Assert.Equal([new DateOnly(2026, 12, 1)], dues);
    }
}
