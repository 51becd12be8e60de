using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Tests.Domain.Calendar;

/// <summary>Day 1 is the first working day after the submission date; due is working day 3 (管理規定第11條第8款).</summary>
public class ReviewDueDateTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.FromShipped();

    [Fact]
    public void SubmittedOnWednesdayIsDueMonday() =>
        Assert.Equal(D("2026-11-30"), Calendar.ReviewDueDate(D("2026-11-25")));

    [Fact]
    public void SubmittedOnFridayIsDueWednesday() =>
        Assert.Equal(D("2026-12-02"), Calendar.ReviewDueDate(D("2026-11-27")));

    [Fact]
    public void SubmittedOnSaturdayCountsFromMonday() =>
        Assert.Equal(D("2026-12-02"), Calendar.ReviewDueDate(D("2026-11-28")));

    [Fact]
    public void SubmittedBeforeLunarNewYear2026IsDueAfterIt() =>
        Assert.Equal(D("2026-02-25"), Calendar.ReviewDueDate(D("2026-02-14")));

    [Fact]
    public void ReviewWorkingDaysAreTheThreeDaysEndingOnTheDueDate() =>
        Assert.Equal([D("2026-11-26"), D("2026-11-27"), D("2026-11-30")], Calendar.ReviewWorkingDays(D("2026-11-25")));

    [Fact]
    public void ReviewWorkingDaysSkipLunarNewYear() =>
        Assert.Equal([D("2026-02-23"), D("2026-02-24"), D("2026-02-25")], Calendar.ReviewWorkingDays(D("2026-02-14")));

    [Fact]
    public void MakeUpSaturday2024CountsAsAReviewDay() =>
        Assert.Equal([D("2024-02-16"), D("2024-02-17"), D("2024-02-19")], Calendar.ReviewWorkingDays(D("2024-02-15")));

    [Fact]
    public void MakeUpSaturday2025CountsAsAReviewDay() =>
        Assert.Equal([D("2025-02-08"), D("2025-02-10"), D("2025-02-11")], Calendar.ReviewWorkingDays(D("2025-02-07")));

    [Theory]
    [InlineData("2025-09-26", "2025-10-02")]
    [InlineData("2025-10-23", "2025-10-29")]
    [InlineData("2025-12-24", "2025-12-30")]
    public void RevisedHolidaysOf2025DoNotCount(string submitted, string due) =>
        Assert.Equal(D(due), Calendar.ReviewDueDate(D(submitted)));

    [Theory]
    [InlineData("2024-12-30", "2025-01-03")]
    [InlineData("2024-12-31", "2025-01-06")]
    [InlineData("2025-12-30", "2026-01-05")]
    [InlineData("2025-12-31", "2026-01-06")]
    [InlineData("2026-12-30", "2027-01-05")]
    [InlineData("2026-12-31", "2027-01-06")]
    public void SubmissionsAtYearEndAreDueInJanuary(string submitted, string due) =>
        Assert.Equal(D(due), Calendar.ReviewDueDate(D(submitted)));

    [Fact]
    public void WorkingDaysStraddlingNewYearSkipNewYearsDay() =>
        Assert.Equal([D("2025-12-31"), D("2026-01-02"), D("2026-01-05")], Calendar.ReviewWorkingDays(D("2025-12-30")));

    [Fact]
    public void NextWorkingDayAfterFridayIsMonday() =>
        Assert.Equal(D("2026-11-30"), Calendar.NextWorkingDay(D("2026-11-27")));

    [Fact]
    public void DueDateMatchesCountingDayByDayForEveryShippedDate()
    {
        // An independent oracle: walk the parsed rows one by one, as the constant-time index must agree.
        var days = OfficeCalendarCsv.LoadShipped().SelectMany(y => y.Days).ToList();
        for (var i = 0; i < days.Count; i++)
        {
            var working = days.Skip(i + 1).Where(d => !d.IsOff).Take(3).Select(d => d.Date).ToList();
            if (working.Count < 3)
            {
                break;
            }

            Assert.Equal(working, Calendar.ReviewWorkingDays(days[i].Date));
        }
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
