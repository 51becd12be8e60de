using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Tests.Domain.Review;

/// <summary>
/// Deadline signals on days that are not ordinary weekdays, with the shipped office calendars (SPEC §4): an item due
/// the working day before a day off is overdue on it, one due the working day after is due soon, never overdue.
/// </summary>
public class DeadlineOnDaysOffTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.FromShipped();

    [Theory]
    [InlineData("2026-11-28", "2026-11-27")] // Saturday after a Friday due date
    [InlineData("2026-11-29", "2026-11-27")] // Sunday after it
    [InlineData("2026-12-25", "2026-12-24")] // 行憲紀念日 (Friday) after a Thursday due date
    [InlineData("2026-02-17", "2026-02-13")] // 春節, after a Friday due date
    public void AnItemDueTheWorkingDayBeforeADayOffIsOverdueOnIt(string today, string due)
    {
        var (day, dueDate) = (DateOnly.Parse(today), DateOnly.Parse(due));

        Assert.Equal(SlaState.Overdue, ReviewClock.StateOf(dueDate, null, day, Calendar));
        Assert.Equal(-1, Calendar.WorkingDaysLeft(day, dueDate));
    }

    [Theory]
    [InlineData("2026-11-28", "2026-11-30")] // Saturday, due Monday
    [InlineData("2026-12-25", "2026-12-28")] // 行憲紀念日, due the Monday after
    [InlineData("2026-02-19", "2026-02-23")] // 春節, due the first working day after the holidays
    public void AnItemDueTheNextWorkingDayIsDueSoonWithOneDayLeftOnADayOff(string today, string due)
    {
        var (day, dueDate) = (DateOnly.Parse(today), DateOnly.Parse(due));

        Assert.Equal(SlaState.DueSoon, ReviewClock.StateOf(dueDate, null, day, Calendar));
        Assert.Equal(SlaState.DueSoon, SlaDueDates.On(day, Calendar).StateOf(dueDate));
        Assert.Equal(1, Calendar.WorkingDaysLeft(day, dueDate));
    }

    [Fact]
    public void AMakeUpSaturdayCanBeTheDueDateAndIsDueTodayOnIt()
    {
        // 2025-02-08 is a 補行上班 Saturday: submitted Wednesday 02-05, days 1–3 are Thursday, Friday and that Saturday.
        var makeUpSaturday = new DateOnly(2025, 2, 8);
        var due = Calendar.ReviewDueDate(new DateOnly(2025, 2, 5));

        Assert.Equal(makeUpSaturday, due);
        Assert.Equal(0, Calendar.WorkingDaysLeft(makeUpSaturday, due));
        Assert.Equal(SlaState.DueSoon, ReviewClock.StateOf(due, null, makeUpSaturday, Calendar));
    }

    [Fact]
    public void OnAMakeUpSaturdayAnItemDueFridayIsOneWorkingDayOverdue() =>
        Assert.Equal(-1, Calendar.WorkingDaysLeft(new DateOnly(2025, 2, 8), new DateOnly(2025, 2, 7)));

    [Fact]
    public void TheWorkingDayAfterTheDayOffDoesNotAddAnOverdueDayOfItsOwn() =>
        Assert.Equal(-1, Calendar.WorkingDaysLeft(new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 27)));

    [Fact]
    public void TheSecondWorkingDayAfterTheDueDateIsTwoOverdue() =>
        Assert.Equal(-2, Calendar.WorkingDaysLeft(new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 27)));
}
