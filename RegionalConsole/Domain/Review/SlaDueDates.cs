using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Domain.Review;

/// <summary>
/// The due dates that put an undecided item in each SLA state on one day (SPEC §4), so a queue can filter by
/// state with plain date comparisons in SQL: overdue is due before <see cref="Today"/>; due soon is due today
/// or on the next working day, i.e. before <see cref="OnTrackFrom"/>; on track is due on or after it.
/// Agrees with <see cref="ReviewClock.StateOf"/> for every undecided item.
/// </summary>
public readonly record struct SlaDueDates(DateOnly Today, DateOnly OnTrackFrom)
{
    /// <param name="countyCode">Whose closures count; a county centre's code is its county code.</param>
    public static SlaDueDates On(DateOnly today, WorkingCalendar calendar, string? countyCode = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        // Due soon = at most one working day left; the second working day after today is the first with two.
        return new SlaDueDates(today, calendar.WorkingDayAfter(today, 2, countyCode));
    }

    public SlaState StateOf(DateOnly dueDate) =>
        dueDate < Today ? SlaState.Overdue : dueDate < OnTrackFrom ? SlaState.DueSoon : SlaState.OnTrack;
}
