namespace RegionalConsole.Domain.Calendar;

/// <summary>
/// A date falls in a year whose office calendar has not been imported. Working days cannot be guessed:
/// make-up workdays and bridge days are only known from the official calendar (SPEC §4).
/// </summary>
public sealed class CalendarNotLoadedException : Exception
{
    public CalendarNotLoadedException()
        : base("尚未匯入所需年度的辦公日曆")
    {
    }

    public CalendarNotLoadedException(int year)
        : base($"尚未匯入 {year} 年辦公日曆")
    {
        Year = year;
    }

    public CalendarNotLoadedException(string message)
        : base(message)
    {
    }

    public CalendarNotLoadedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The Gregorian year that is missing, or null when not known.</summary>
    public int? Year { get; }
}
