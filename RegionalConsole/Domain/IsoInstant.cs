using System.Globalization;

namespace RegionalConsole.Domain;

/// <summary>
/// Instants as partner systems send them: ISO 8601, and one without an offset is Asia/Taipei time (SPEC §10).
/// </summary>
public static class IsoInstant
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-ddK",
    ];

    /// <summary>Parses 2026-11-25T10:00:00+08:00, 2026-11-24T16:00Z, 2026-11-25T10:00 (Taipei) or 2026-11-25 (Taipei midnight).</summary>
    public static bool TryParse(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text)
            || !DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return false;
        }

        if (parsed.Kind == DateTimeKind.Unspecified)
        {
            utc = TimeZoneInfo.ConvertTimeToUtc(parsed, RocDate.Taipei);
            return true;
        }

        // An explicit offset or Z: read it as an offset so nothing depends on the server's own time zone.
        utc = DateTimeOffset.ParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcDateTime;
        return true;
    }
}
