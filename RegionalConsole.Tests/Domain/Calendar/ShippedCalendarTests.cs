using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Tests.Domain.Calendar;

/// <summary>The days of the shipped calendars that the SLA depends on, checked against the official tables.</summary>
public class ShippedCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.FromShipped();

    [Theory]
    [InlineData("2024-02-17")]
    [InlineData("2025-02-08")]
    public void MakeUpSaturdayIsAWorkingDay(string saturday)
    {
        var date = DateOnly.Parse(saturday);
        Assert.Equal(DayOfWeek.Saturday, date.DayOfWeek);

        Assert.True(Calendar.IsWorkingDay(date));
    }

    [Theory]
    [InlineData("2025-09-29")]
    [InlineData("2025-10-24")]
    [InlineData("2025-12-25")]
    public void DaysAddedByTheRevised114CalendarAreOff(string weekday)
    {
        var date = DateOnly.Parse(weekday);
        Assert.InRange(date.DayOfWeek, DayOfWeek.Monday, DayOfWeek.Friday);

        Assert.False(Calendar.IsWorkingDay(date));
    }

    [Theory]
    [InlineData("2026-02-16")]
    [InlineData("2026-02-17")]
    [InlineData("2026-02-18")]
    [InlineData("2026-02-19")]
    [InlineData("2026-02-20")]
    [InlineData("2026-02-27")]
    public void LunarNewYearAndBridgeWeekdaysOf2026AreOff(string weekday) =>
        Assert.False(Calendar.IsWorkingDay(DateOnly.Parse(weekday)));

    [Theory]
    [InlineData("2026-11-25", true)]
    [InlineData("2026-11-28", false)]
    [InlineData("2026-11-29", false)]
    [InlineData("2026-01-01", false)]
    [InlineData("2027-12-31", false)]
    [InlineData("2024-12-31", true)]
    public void OrdinaryDaysFollowTheTable(string date, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(date)));

    [Fact]
    public void ShippedRangeIsFrom2024To2027()
    {
        Assert.Equal(new DateOnly(2024, 1, 1), Calendar.FirstDate);
        Assert.Equal(new DateOnly(2027, 12, 31), Calendar.LastDate);
        Assert.Equal([2024, 2025, 2026, 2027], Calendar.Years);
    }

    [Fact]
    public void ShippedCalendarIsBuiltOnce() => Assert.Same(Calendar, WorkingCalendar.FromShipped());

    [Fact]
    public void EveryDayAgreesWithTheRowItCameFrom()
    {
        foreach (var day in OfficeCalendarCsv.LoadShipped().SelectMany(y => y.Days))
        {
            Assert.True(day.IsOff != Calendar.IsWorkingDay(day.Date), $"{day.Date}");
        }
    }
}
