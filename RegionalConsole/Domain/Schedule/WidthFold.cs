namespace RegionalConsole.Domain.Schedule;

/// <summary>
/// Folds full-width forms to half-width one character for one character (SPEC §5.3: 「Ｔｅａ Ｔｉｍｅ!」, ０９：３０).
/// </summary>
/// <remarks>
/// Not <c>Normalize(NormalizationForm.FormKC)</c>: FormKC changes lengths (… → ..., ① → 1, ℃ → °C, ㈠ → (一)), so
/// a position found in the folded text no longer points into what the organiser typed, and it goes through ICU at
/// ~300 ns a string. Chinese punctuation we rely on (、。「」 and 至) is left alone by both.
/// </remarks>
internal static class WidthFold
{
    private const int RentThreshold = 256;

    /// <summary>Full-width form of a character folded to half-width, ASCII letters lower-cased.</summary>
    public static char FoldLower(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }
        else if (c == '\u3000')
        {
            return ' ';
        }

        return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
    }

    public static void FoldLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = FoldLower(source[i]);
        }
    }

    /// <summary>Folded, lower-cased copy of a short text; callers pass a stack buffer and fall back to this for long ones.</summary>
    public static bool FitsOnStack(int length) => length <= RentThreshold;

    public static string FoldLower(string text)
    {
        return string.Create(text.Length, text, static (span, source) => FoldLower(source, span));
    }

    /// <summary>Letters and digits outside the CJK blocks: the characters a Latin whole word is made of.</summary>
    public static bool IsLatinWordChar(char c) => c < '\u2E80' && char.IsLetterOrDigit(c);

    public static bool IsCjk(char c) => c >= '\u2E80';
}
