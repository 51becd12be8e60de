namespace RegionalConsole.Domain.Checks;

/// <summary>
/// The session marker that tells courses of a series apart (管理規定第8條第1款; SPEC §5.1): 第一場, 第2場, 場次3,
/// 梯次一, 第1梯, 第二期, (一), （二）, (上), ①, ㈡, Part 2, 上午場 …. Numbers compare by value: 第1場 and (一) are the same session.
/// </summary>
internal static class SessionMarker
{
    private static readonly string[] UnitsAfterOrdinal = ["場次", "梯次", "場", "梯", "期", "次", "回", "堂", "班"];
    private static readonly string[] WordsBeforeNumber = ["場次", "梯次", "期別", "part", "session"];
    private static readonly string[] SessionWords = ["上午場", "下午場", "晚上場", "夜間場"];

    /// <summary>Finds the first marker in a folded, lower-cased title; <paramref name="key"/> compares sessions.</summary>
    public static bool TryFind(ReadOnlySpan<char> folded, out int start, out int length, out string key)
    {
        for (start = 0; start < folded.Length; start++)
        {
            length = Match(folded, start, out key!);
            if (length > 0)
            {
                return true;
            }
        }

        (start, length, key) = (-1, 0, string.Empty);
        return false;
    }

    private static int Match(ReadOnlySpan<char> text, int at, out string? key)
    {
        key = null;
        var rest = text[at..];
        var c = rest[0];
        if (c == '第' && ReadNumber(rest[1..], out var ordinal) is var n and > 0)
        {
            foreach (var unit in UnitsAfterOrdinal)
            {
                if (rest[(1 + n)..].StartsWith(unit))
                {
                    key = Number(ordinal);
                    return 1 + n + unit.Length;
                }
            }
        }

        if (c == '(' && rest.Length >= 3)
        {
            var inner = ReadNumber(rest[1..], out var value);
            if (inner is > 0 and <= 2 && rest.Length > 1 + inner && rest[1 + inner] == ')')
            {
                key = Number(value);
                return inner + 2;
            }

            if (rest[1] is '上' or '中' or '下' && rest[2] == ')')
            {
                key = rest[1].ToString();
                return 3;
            }
        }

        if (Enclosed(c) is var enclosed and > 0)
        {
            key = Number(enclosed);
            return 1;
        }

        foreach (var word in WordsBeforeNumber)
        {
            if (rest.StartsWith(word) && (at == 0 || !char.IsAsciiLetter(text[at - 1])))
            {
                var after = word.Length;
                while (after < rest.Length && (rest[after] is ' ' or ':' or '-' or '_'))
                {
                    after++;
                }

                if (ReadNumber(rest[after..], out var value) is var digits and > 0)
                {
                    key = Number(value);
                    return after + digits;
                }
            }
        }

        foreach (var word in SessionWords)
        {
            if (rest.StartsWith(word))
            {
                key = word;
                return word.Length;
            }
        }

        return 0;
    }

    private static string Number(int value) => "#" + value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // ① … ⑳, ⑴ … ⒇, ㈠ … ㈩.
    private static int Enclosed(char c) => c switch
    {
        >= '\u2460' and <= '\u2473' => c - '\u2460' + 1,
        >= '\u2474' and <= '\u2487' => c - '\u2474' + 1,
        >= '\u3220' and <= '\u3229' => c - '\u3220' + 1,
        _ => 0,
    };

    /// <summary>Reads 1–3 Arabic digits or up to four Chinese numerals (一, 十二, 二十三, 兩); returns the characters read.</summary>
    internal static int ReadNumber(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        var digits = 0;
        while (digits < text.Length && digits < 4 && char.IsAsciiDigit(text[digits]))
        {
            value = (value * 10) + (text[digits++] - '0');
        }

        if (digits > 0)
        {
            return digits <= 3 ? digits : 0;
        }

        int total = 0, current = 0, read = 0;
        while (read < text.Length && read < 4 && ChineseDigit(text[read]) is var d and >= 0)
        {
            if (d >= 10)
            {
                total += (current == 0 ? 1 : current) * d;
                current = 0;
            }
            else
            {
                current = d;
            }

            read++;
        }

        value = total + current;
        return value > 0 ? read : 0;
    }

    private static int ChineseDigit(char c) => "〇一二三四五六七八九".IndexOf(c) is var i and >= 0
        ? i
        : c switch
        {
            '零' => 0,
            '兩' => 2,
            '十' => 10,
            '百' => 100,
            _ => -1,
        };
}
