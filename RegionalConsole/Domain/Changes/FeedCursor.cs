namespace RegionalConsole.Domain.Changes;

/// <summary>
/// A position in the changes feed (SPEC §14.2): opaque to partners and strictly increasing — as text too, so a partner
/// that stores cursors may compare them as strings. It is the change id in a fixed-width base 32 whose digits are in
/// ASCII order (Crockford's alphabet, lower case): 13 characters hold any non-negative 64-bit id.
/// </summary>
public static class FeedCursor
{
    /// <summary>Where a reader who passes no cursor starts: before the first change.</summary>
    public const long Start = 0;

    private const string Digits = "0123456789abcdefghjkmnpqrstvwxyz";
    private const int Width = 13;

    public static string Encode(long changeId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(changeId);
        Span<char> text = stackalloc char[Width];
        var value = (ulong)changeId;
        for (var i = Width - 1; i >= 0; i--)
        {
            text[i] = Digits[(int)(value & 31)];
            value >>= 5;
        }

        return new string(text);
    }

    /// <summary>The change id of <paramref name="cursor"/>; false for anything this feed did not hand out.</summary>
    public static bool TryDecode(string? cursor, out long changeId)
    {
        changeId = Start;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        if (cursor.Length != Width)
        {
            return false;
        }

        ulong value = 0;
        foreach (var c in cursor)
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                return false;
            }

            value = (value << 5) | (uint)digit;
        }

        // 13 digits hold 65 bits; an id has 63: a first digit above 7 is no cursor this feed made.
        if (Digits.IndexOf(cursor[0], StringComparison.Ordinal) > 7)
        {
            return false;
        }

        changeId = (long)value;
        return true;
    }
}
