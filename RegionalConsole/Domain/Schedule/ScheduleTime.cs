using System.Globalization;

namespace RegionalConsole.Domain.Schedule;

/// <summary>Times of day as organisers type them: HH:mm, H:mm, HHmm, also with full-width digits and colon (SPEC §5.3).</summary>
public static class ScheduleTime
{
    /// <summary>Reads a whole string as a time of day; white space around it is allowed.</summary>
    public static bool TryParse(string? text, out TimeOnly time)
    {
        time = default;
        if (!TryParseMinutes(text, out var minutes))
        {
            return false;
        }

        time = new TimeOnly(minutes / 60, minutes % 60);
        return true;
    }

    /// <summary>The canonical form the console shows and the API answers: 09:30.</summary>
    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    internal static string Format(int minutes) => Format(new TimeOnly(minutes / 60, minutes % 60));

    internal static bool TryParseMinutes(string? text, out int minutes)
    {
        minutes = 0;
        var span = text.AsSpan().Trim();
        if (span.IsEmpty || span.Length > 5)
        {
            return false;
        }

        Span<char> folded = stackalloc char[span.Length];
        WidthFold.FoldLower(span, folded);
        var length = ReadToken(folded, 0, out minutes);
        return length == folded.Length && minutes >= 0;
    }

    /// <summary>
    /// Reads a time token at <paramref name="start"/> of a folded text. Returns how many characters it spans (0 when
    /// there is none); <paramref name="minutes"/> is -1 when the token has a time's shape but no such time exists (25:00).
    /// </summary>
    internal static int ReadToken(ReadOnlySpan<char> folded, int start, out int minutes)
    {
        minutes = -1;
        var digits = CountDigits(folded, start, 5);
        var afterDigits = start + digits;
        int hours, mins, length;
        if (digits is 1 or 2 && afterDigits < folded.Length && IsColon(folded[afterDigits]))
        {
            if (CountDigits(folded, afterDigits + 1, 3) != 2)
            {
                return 0;
            }

            hours = Number(folded.Slice(start, digits));
            mins = Number(folded.Slice(afterDigits + 1, 2));
            length = digits + 3;
        }
        else if (digits == 4 && (afterDigits >= folded.Length || !IsColon(folded[afterDigits])))
        {
            hours = Number(folded.Slice(start, 2));
            mins = Number(folded.Slice(start + 2, 2));
            length = 4;
        }
        else
        {
            return 0;
        }

        if (hours < 24 && mins < 60)
        {
            minutes = (hours * 60) + mins;
        }

        return length;
    }

    internal static bool IsColon(char c) => c is ':' or '\u2236' or '\uFE55';

    internal static int CountDigits(ReadOnlySpan<char> text, int start, int max)
    {
        var n = 0;
        while (start + n < text.Length && n < max && char.IsAsciiDigit(text[start + n]))
        {
            n++;
        }

        return n;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var d in digits)
        {
            value = (value * 10) + (d - '0');
        }

        return value;
    }
}
