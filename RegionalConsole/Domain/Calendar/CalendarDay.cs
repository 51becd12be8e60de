namespace RegionalConsole.Domain.Calendar;

/// <summary>One row of the government office calendar: whether the day is off (是否放假 = 2) and its note (備註).</summary>
public readonly record struct CalendarDay(DateOnly Date, bool IsOff, string? Note);

/// <summary>One year of the office calendar, every day present, in date order.</summary>
public sealed record CalendarYear(int Year, IReadOnlyList<CalendarDay> Days);

/// <summary>A county's 停止上班 day (typhoon and the like): off for that county's centre only (SPEC §4).</summary>
public sealed record CountyClosure(string CountyCode, DateOnly Date, string Reason);
