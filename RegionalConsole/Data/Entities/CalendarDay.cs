namespace RegionalConsole.Data.Entities;

/// <summary>One day of 政府行政機關辦公日曆表.</summary>
public class CalendarDay
{
    public DateOnly Date { get; set; }
    public bool IsOff { get; set; }
    public string? Note { get; set; }
}

/// <summary>A county's office closure (停止上班, e.g. a typhoon day): off for that county's centre only.</summary>
public class CountyClosure
{
    public int Id { get; set; }
    public required string CountyCode { get; set; }
    public DateOnly Date { get; set; }
    public required string Reason { get; set; }
}
