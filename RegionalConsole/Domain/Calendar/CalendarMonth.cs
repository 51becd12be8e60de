namespace RegionalConsole.Domain.Calendar;

/// <summary>How a day shows in the month view of the office calendar.</summary>
public enum CalendarDayKind
{
    Working,

    /// <summary>補行上班: a Saturday worked to make up a bridge day.</summary>
    MakeUpWorkday,

    Weekend,

    /// <summary>A day off with a name: a national holiday, 春節, 補假 and the like.</summary>
    Holiday,

    /// <summary>A county's 停止上班 day (typhoon and the like).</summary>
    Closure,

    /// <summary>The year of this date has not been imported.</summary>
    NotLoaded,
}

/// <summary>One day of the month view: its kind, its 備註 note and, for a closure, the reason.</summary>
public sealed record CalendarMonthDay(DateOnly Date, CalendarDayKind Kind, string? Note, string? ClosureReason)
{
    public bool IsOff => Kind is CalendarDayKind.Weekend or CalendarDayKind.Holiday or CalendarDayKind.Closure;
}

/// <summary>Classifies the days of one month from the office calendar and one county's closures (SPEC §4).</summary>
public static class CalendarMonth
{
    /// <summary>The official files write 補行上班 in 備註 on the Saturdays that are worked.</summary>
    public const string MakeUpNote = "補行上班";

    public static IReadOnlyList<CalendarMonthDay> Days(int year, int month, IEnumerable<CalendarDay> days, IEnumerable<CountyClosure> closures)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(closures);
        var first = new DateOnly(year, month, 1);
        var byDate = days.Where(d => d.Date.Year == year && d.Date.Month == month).ToDictionary(d => d.Date);
        var closed = closures.Where(c => c.Date.Year == year && c.Date.Month == month)
            .GroupBy(c => c.Date)
            .ToDictionary(g => g.Key, g => string.Join("、", g.Select(c => c.Reason)));

        var result = new List<CalendarMonthDay>(31);
        for (var date = first; date.Month == month; date = date.AddDays(1))
        {
            result.Add(byDate.TryGetValue(date, out var day)
                ? Classify(day, closed.GetValueOrDefault(date))
                : new CalendarMonthDay(date, CalendarDayKind.NotLoaded, null, null));
        }

        return result;
    }

    /// <summary>A closure only matters on a working day; on a day that is off anyway the calendar wins.</summary>
    public static CalendarMonthDay Classify(CalendarDay day, string? closureReason)
    {
        var kind = day switch
        {
            { IsOff: true, Note: not null } => CalendarDayKind.Holiday,
            { IsOff: true } => CalendarDayKind.Weekend,
            _ when closureReason is not null => CalendarDayKind.Closure,
            { Note: { } note } when note.Contains(MakeUpNote, StringComparison.Ordinal) => CalendarDayKind.MakeUpWorkday,
            _ => CalendarDayKind.Working,
        };
        return new CalendarMonthDay(day.Date, kind, day.Note, kind == CalendarDayKind.Closure ? closureReason : null);
    }
}
