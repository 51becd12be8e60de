using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Tests.Domain.Calendar;

public sealed class CalendarMonthTests
{
    private static readonly List<CalendarDay> Shipped = [.. OfficeCalendarCsv.LoadShipped().SelectMany(y => y.Days)];

    [Fact]
    public void EveryDayOfTheMonthIsListedInOrder()
    {
        var days = CalendarMonth.Days(2026, 2, Shipped, []);

        Assert.Equal(28, days.Count);
        Assert.Equal(Enumerable.Range(1, 28), days.Select(d => d.Date.Day));
    }

    [Theory]
    [InlineData("2026-02-17", CalendarDayKind.Holiday)]
    [InlineData("2026-02-20", CalendarDayKind.Holiday)]
    [InlineData("2026-02-21", CalendarDayKind.Weekend)]
    [InlineData("2026-02-23", CalendarDayKind.Working)]
    [InlineData("2025-02-08", CalendarDayKind.MakeUpWorkday)]
    public void ADayIsClassifiedFromItsOffFlagAndNote(string date, CalendarDayKind kind)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(kind, CalendarMonth.Days(day.Year, day.Month, Shipped, []).Single(d => d.Date == day).Kind);
    }

    [Fact]
    public void AClosureOnAWorkingDayShowsAsAClosureWithItsReason()
    {
        var day = CalendarMonth.Days(2026, 9, Shipped, [new CountyClosure("10015", new DateOnly(2026, 9, 1), "颱風")])[0];

        Assert.Equal(CalendarDayKind.Closure, day.Kind);
        Assert.Equal("颱風", day.ClosureReason);
        Assert.True(day.IsOff);
    }

    [Fact]
    public void AClosureOnAHolidayLeavesTheHoliday()
    {
        var day = CalendarMonth.Days(2026, 2, Shipped, [new CountyClosure("10015", new DateOnly(2026, 2, 17), "颱風")])[16];

        Assert.Equal(CalendarDayKind.Holiday, day.Kind);
        Assert.Equal("春節", day.Note);
    }

    [Fact]
    public void AMonthOfAYearNotImportedIsMarkedSo()
    {
        Assert.All(CalendarMonth.Days(2030, 1, Shipped, []), d => Assert.Equal(CalendarDayKind.NotLoaded, d.Kind));
    }

    [Fact]
    public void TheSummaryOfAYearCountsItsDaysAndNamesItsHolidays()
    {
        var summary = CalendarYearSummary.Of(OfficeCalendarCsv.LoadShipped().Single(y => y.Year == 2025));

        Assert.Equal(365, summary.Days);
        Assert.Equal(summary.Days, summary.OffDays + summary.WorkingDays);
        Assert.Contains(new NamedDay(new DateOnly(2025, 1, 1), "開國紀念日"), summary.Holidays);
        Assert.Equal([new DateOnly(2025, 2, 8)], summary.MakeUpWorkdays.Select(d => d.Date));
    }
}
