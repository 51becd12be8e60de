namespace RegionalConsole.Domain.Schedule;

/// <summary>
/// A 課程表 line that is only a date: 2026/12/09, 2026-12-09, 115/12/09, 12/9, 12月9日(三), 115年12月9日, 民國115年12月8日（二）
/// (SPEC §5.3). Years below 1000 are ROC years (民國 = 西元 − 1911).
/// </summary>
internal static class ScheduleDateLine
{
    private const int RocOffset = 1911;

    /// <summary>Reads a folded, lower-cased, trimmed line; a year-less date takes the year that keeps it near the course.</summary>
    public static bool TryRead(ReadOnlySpan<char> line, DateOnly courseStart, out DateOnly date)
    {
        date = default;
        var pos = line.StartsWith("民國") ? 2 : 0;
        var rocForced = pos == 2;
        if (!TryNumber(line, ref pos, 4, out var first) || pos >= line.Length)
        {
            return false;
        }

        int? year = null;
        int month, day;
        var separator = line[pos];
        if (separator == '年')
        {
            pos++;
            year = first;
            if (!TryNumber(line, ref pos, 2, out month) || !Expect(line, ref pos, '月') || !TryNumber(line, ref pos, 2, out day))
            {
                return false;
            }

            Expect(line, ref pos, '日', '號');
        }
        else if (separator == '月')
        {
            pos++;
            month = first;
            if (!TryNumber(line, ref pos, 2, out day))
            {
                return false;
            }

            Expect(line, ref pos, '日', '號');
        }
        else if (separator is '/' or '-' or '.')
        {
            pos++;
            if (!TryNumber(line, ref pos, 2, out var second))
            {
                return false;
            }

            if (pos < line.Length && line[pos] == separator)
            {
                pos++;
                year = first;
                month = second;
                if (!TryNumber(line, ref pos, 2, out day))
                {
                    return false;
                }
            }
            else
            {
                (month, day) = (first, second);
            }
        }
        else
        {
            return false;
        }

        if (!OnlyWeekdayFollows(line[pos..]) || (year is null && (rocForced || first > 12)))
        {
            return false;
        }

        var fullYear = year switch
        {
            null => courseStart.Year,
            < 1000 => year.Value + RocOffset,
            _ => year.Value,
        };
        if (rocForced && year >= 1000)
        {
            return false;
        }

        if (fullYear is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(fullYear, month))
        {
            return false;
        }

        date = new DateOnly(fullYear, month, day);
        // 「1月2日」 in a course starting 2026-12-30 is the coming January.
        if (year is null && date < courseStart.AddMonths(-6) && fullYear < 9999 && day <= DateTime.DaysInMonth(fullYear + 1, month))
        {
            date = new DateOnly(fullYear + 1, month, day);
        }

        return true;
    }

    // 「（二）」「(週三)」「星期三」, and a period word the organiser put beside the date (「上午」), nothing else.
    private static bool OnlyWeekdayFollows(ReadOnlySpan<char> rest)
    {
        rest = rest.Trim();
        var open = rest.StartsWith('(');
        if (open)
        {
            rest = rest[1..].TrimStart();
        }

        foreach (var prefix in (ReadOnlySpan<string>)["星期", "禮拜", "週", "周"])
        {
            if (rest.StartsWith(prefix))
            {
                rest = rest[prefix.Length..];
                break;
            }
        }

        if (!rest.IsEmpty && "一二三四五六日天".Contains(rest[0]))
        {
            rest = rest[1..].TrimStart();
        }
        else if (open)
        {
            return false;
        }

        if (open)
        {
            if (!rest.StartsWith(')'))
            {
                return false;
            }

            rest = rest[1..].TrimStart();
        }

        return rest.IsEmpty || rest is "上午" or "下午" or "晚上" or "全天" or "全日";
    }

    private static bool Expect(ReadOnlySpan<char> line, ref int pos, char c, char alternative = '\0')
    {
        while (pos < line.Length && char.IsWhiteSpace(line[pos]))
        {
            pos++;
        }

        if (pos < line.Length && (line[pos] == c || (alternative != '\0' && line[pos] == alternative)))
        {
            pos++;
            return true;
        }

        return false;
    }

    private static bool TryNumber(ReadOnlySpan<char> line, ref int pos, int maxDigits, out int value)
    {
        value = 0;
        while (pos < line.Length && char.IsWhiteSpace(line[pos]))
        {
            pos++;
        }

        var digits = ScheduleTime.CountDigits(line, pos, maxDigits + 1);
        if (digits == 0 || digits > maxDigits)
        {
            return false;
        }

        foreach (var d in line.Slice(pos, digits))
        {
            value = (value * 10) + (d - '0');
        }

        pos += digits;
        while (pos < line.Length && char.IsWhiteSpace(line[pos]))
        {
            pos++;
        }

        return true;
    }
}
