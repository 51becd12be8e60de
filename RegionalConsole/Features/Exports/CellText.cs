namespace RegionalConsole.Features.Exports;

/// <summary>
/// Text as a workbook cell can hold it. A value stored before the input bounds existed must not corrupt an export
/// (SPEC §13.3): XML 1.0 — and so an .xlsx — cannot carry control characters other than tab, CR and LF, U+FFFE/U+FFFF
/// or half a surrogate pair; each becomes U+FFFD (shown as unreadable). Excel holds at most 32,767 characters a cell:
/// longer text is cut there, ending in an ellipsis.
/// </summary>
public static class CellText
{
    public const int MaxLength = 32_767;

    private const char Unreadable = '\uFFFD';

    public static string? Clean(string? text)
    {
        if (text is null || (text.Length <= MaxLength && IsClean(text)))
        {
            return text;
        }

        var cut = text.Length > MaxLength;
        var kept = cut ? MaxLength - 1 : text.Length;
        var clean = new char[cut ? MaxLength : kept];
        for (var i = 0; i < kept; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < kept && char.IsLowSurrogate(text[i + 1]))
            {
                clean[i] = c;
                clean[++i] = text[i];
            }
            else
            {
                clean[i] = IsAllowed(c) ? c : Unreadable;
            }
        }

        if (cut)
        {
            clean[^1] = '…';
        }

        return new string(clean);
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(c))
            {
                return false;
            }
        }

        return true;
    }

    // XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD]; surrogates only in pairs (handled above).
    private static bool IsAllowed(char c) => c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
