using RegionalConsole.Domain;

namespace RegionalConsole.Features.Announcements;

/// <summary>Dates typed in the sharing forms (ROC in zh-TW, Gregorian in English), as the UTC instants the service stores.</summary>
public static class SharingDates
{
    /// <summary>
    /// The UTC instant a Taipei day begins (or the next day begins, for an expiry "through that day"); null for an empty
    /// field, and <paramref name="invalid"/> for text that is not an ROC or ISO date.
    /// </summary>
    public static DateTime? StartOfTaipeiDay(string? text, out bool invalid, bool nextDay = false)
    {
        invalid = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!UiDate.TryParse(text, out var date))
        {
            invalid = true;
            return null;
        }

        var local = (nextDay ? date.AddDays(1) : date).ToDateTime(TimeOnly.MinValue);
        return TimeZoneInfo.ConvertTimeToUtc(local, RocDate.Taipei);
    }
}
