using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Tests.Domain.Calendar;

/// <summary>
/// Outside the imported years nothing is guessed: make-up Saturdays and bridge days are only known from
/// the official table, so the calendar names the year an administrator must import.
/// </summary>
public class CalendarRangeTests
{
    private static readonly WorkingCalendar Shipped = WorkingCalendar.FromShipped();

    [Fact]
    public void DateAfterTheLastYearNamesTheMissingYear()
    {
        var error = Assert.Throws<CalendarNotLoadedException>(() => Shipped.IsWorkingDay(new DateOnly(2028, 3, 1)));

        Assert.Equal(2028, error.Year);
        Assert.Equal("尚未匯入 2028 年辦公日曆", error.Message);
    }

    [Fact]
    public void DateBeforeTheFirstYearNamesThatYear() =>
        Assert.Equal(2023, Assert.Throws<CalendarNotLoadedException>(() => Shipped.ReviewDueDate(new DateOnly(2023, 12, 29))).Year);

    [Fact]
    public void DueDateRunningPastTheLastYearNamesTheNextYear()
    {
        // 2027-12-30 is working and 2027-12-31 is off: day 2 would fall in 2028.
        var error = Assert.Throws<CalendarNotLoadedException>(() => Shipped.ReviewDueDate(new DateOnly(2027, 12, 29)));

        Assert.Equal(2028, error.Year);
    }

    [Fact]
    public void LastDueDateInsideTheRangeIsStillAnswered() =>
        Assert.Equal(new DateOnly(2027, 12, 30), Shipped.ReviewDueDate(new DateOnly(2027, 12, 27)));

    [Fact]
    public void WorkingDaysLeftBeyondTheRangeThrows() =>
        Assert.Throws<CalendarNotLoadedException>(() => Shipped.WorkingDaysLeft(new DateOnly(2028, 1, 3), new DateOnly(2027, 12, 30)));

    [Fact]
    public void DueDateAcrossAMissingYearNamesTheGap()
    {
        var calendar = new WorkingCalendar(Years(2024, 2026));

        var error = Assert.Throws<CalendarNotLoadedException>(() => calendar.ReviewDueDate(new DateOnly(2024, 12, 30)));

        Assert.Equal(2025, error.Year);
    }

    [Fact]
    public void DateInsideAMissingYearThrows()
    {
        var calendar = new WorkingCalendar(Years(2024, 2026));

        Assert.Equal(2025, Assert.Throws<CalendarNotLoadedException>(() => calendar.IsWorkingDay(new DateOnly(2025, 6, 2))).Year);
    }

    [Fact]
    public void CountingAcrossAMissingYearThrows()
    {
        var calendar = new WorkingCalendar(Years(2024, 2026));

        Assert.Throws<CalendarNotLoadedException>(() => calendar.WorkingDaysBetween(new DateOnly(2026, 3, 2), new DateOnly(2024, 3, 1)));
    }

    [Fact]
    public void YearsAroundAMissingYearStillWork()
    {
        var calendar = new WorkingCalendar(Years(2024, 2026));

        Assert.Equal(new DateOnly(2026, 11, 30), calendar.ReviewDueDate(new DateOnly(2026, 11, 25)));
        Assert.Equal([2024, 2026], calendar.Years);
    }

    [Fact]
    public void DuplicateDaysAreRefused()
    {
        var days = Years(2026).Append(new CalendarDay(new DateOnly(2026, 5, 1), false, null));

        Assert.Throws<ArgumentException>(() => new WorkingCalendar(days));
    }

    [Fact]
    public void EmptyCalendarIsRefused() => Assert.Throws<ArgumentException>(() => new WorkingCalendar([]));

    private static IEnumerable<CalendarDay> Years(params int[] years) =>
        OfficeCalendarCsv.LoadShipped().Where(y => years.Contains(y.Year)).SelectMany(y => y.Days);
}
