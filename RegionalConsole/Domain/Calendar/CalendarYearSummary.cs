namespace RegionalConsole.Domain.Calendar;

/// <summary>A named day of the office calendar: a holiday (off) or a make-up workday (補行上班).</summary>
public sealed record NamedDay(DateOnly Date, string Name);

/// <summary>What an administrator checks before importing a year: counts, holidays and make-up workdays.</summary>
public sealed record CalendarYearSummary(int Year, int Days, int OffDays, int WorkingDays, IReadOnlyList<NamedDay> Holidays, IReadOnlyList<NamedDay> MakeUpWorkdays)
{
    public static CalendarYearSummary Of(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var off = year.Days.Count(d => d.IsOff);
        var holidays = year.Days.Where(d => d.IsOff && d.Note is not null).Select(d => new NamedDay(d.Date, d.Note!)).ToList();
        var makeUp = year.Days
            .Where(d => !d.IsOff && d.Note is { } note && note.Contains(CalendarMonth.MakeUpNote, StringComparison.Ordinal))
            .Select(d => new NamedDay(d.Date, d.Note!))
            .ToList();
        return new CalendarYearSummary(year.Year, year.Days.Count, off, year.Days.Count - off, holidays, makeUp);
    }
}
