using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Domain.Mail;

/// <summary>
/// The reviewers' daily digest (SPEC §4): sent on working days only, once the Taipei morning hour has come, listing
/// undecided items due by the next working day and items already overdue.
/// </summary>
public sealed record DigestSchedule(TimeOnly TaipeiTime)
{
    public static readonly TimeOnly DefaultTime = new(7, 30);

    /// <summary>The Taipei working day whose digest is due at <paramref name="utcNow"/>, or null when none is.</summary>
    public DateOnly? DueDay(DateTime utcNow, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var taipei = RocDate.ToTaipei(utcNow);
        var today = DateOnly.FromDateTime(taipei);
        if (TimeOnly.FromDateTime(taipei) < TaipeiTime || !calendar.IsWorkingDay(today))
        {
            return null;
        }

        return today;
    }

    /// <summary>Due soon: the item's due date is today or the next working day.</summary>
    public static DateOnly DueSoonLimit(DateOnly today, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.NextWorkingDay(today);
    }
}
