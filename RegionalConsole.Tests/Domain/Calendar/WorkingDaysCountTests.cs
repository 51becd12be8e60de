using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Tests.Domain.Calendar;

/// <summary>Working days left = working days after today up to and including the due date (SPEC §4).</summary>
public class WorkingDaysCountTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.FromShipped();
    private static readonly DateOnly DueMonday = new(2026, 11, 30);

    [Theory]
    [InlineData("2026-11-25", 3)]
    [InlineData("2026-11-26", 2)]
    [InlineData("2026-11-27", 1)]
    [InlineData("2026-11-28", 1)]
    [InlineData("2026-11-29", 1)]
    [InlineData("2026-11-30", 0)]
    public void WorkingDaysLeftCountsDownToZeroOnTheDueDate(string today, int left) =>
        Assert.Equal(left, Calendar.WorkingDaysLeft(DateOnly.Parse(today), DueMonday));

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void ADueDateOutsideTheImportedYearsHasNoWorkingDaysLeftRatherThanAnError(string due) =>
        Assert.Null(Calendar.WorkingDaysLeftIfKnown(new DateOnly(2026, 11, 25), DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ADueDateInsideTheImportedYearsHasItsWorkingDaysLeft() =>
        Assert.Equal(3, Calendar.WorkingDaysLeftIfKnown(new DateOnly(2026, 11, 25), DueMonday));

    [Fact]
    public void WorkingDaysLeftIsNegativeOncePastTheDueDate() =>
        Assert.Equal(-2, Calendar.WorkingDaysLeft(new DateOnly(2026, 12, 2), DueMonday));

    [Fact]
    public void DayOffRightAfterTheDueDateIsAlreadyOneWorkingDayOverdue() =>
        Assert.Equal(-1, Calendar.WorkingDaysLeft(new DateOnly(2026, 11, 28), new DateOnly(2026, 11, 27)));

    [Fact]
    public void WorkingDaysBetweenSubmissionAndDueDateIsThree() =>
        Assert.Equal(3, Calendar.WorkingDaysBetween(new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 25)));

    [Fact]
    public void DecisionOnTheSubmissionDayTakesZeroWorkingDays() =>
        Assert.Equal(0, Calendar.WorkingDaysBetween(new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 25)));

    [Fact]
    public void WorkingDaysBetweenIsSignedWhenReversed() =>
        Assert.Equal(-3, Calendar.WorkingDaysBetween(new DateOnly(2026, 2, 25), new DateOnly(2026, 2, 14)));

    [Fact]
    public void WorkingDaysBetweenSpansYears()
    {
        var shipped = OfficeCalendarCsv.LoadShipped().SelectMany(y => y.Days).ToList();
        var expected = shipped.Count(d => !d.IsOff) - (shipped[0].IsOff ? 0 : 1);

        Assert.Equal(expected, Calendar.WorkingDaysBetween(Calendar.FirstDate, Calendar.LastDate));
    }

    [Fact]
    public void WorkingDayAfterRefusesAZeroCount() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.WorkingDayAfter(new DateOnly(2026, 1, 5), 0));

    [Fact]
    public void WorkingDayAfterUndoesWorkingDaysBetweenAcrossYears() =>
        Assert.Equal(new DateOnly(2026, 11, 30), Calendar.WorkingDayAfter(new DateOnly(2024, 1, 1), Calendar.WorkingDaysBetween(new DateOnly(2024, 1, 1), new DateOnly(2026, 11, 30))));
}
