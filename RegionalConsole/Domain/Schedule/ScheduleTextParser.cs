using System.Buffers;

namespace RegionalConsole.Domain.Schedule;

/// <summary>A free-text 課程表 read into segments; the lines that are neither times nor dates, and those that could not be read.</summary>
/// <param name="Notes">Lines that are neither a time nor a date (注意事項, headings), as typed.</param>
/// <param name="UnparsedLines">Lines that look like times but cannot be read (SCHEDULE_UNPARSED), as typed.</param>
public sealed record ParsedScheduleText(
    IReadOnlyList<ScheduleSegmentInput> Segments,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> UnparsedLines);

/// <summary>
/// Reads the network form's free-text schedule (O.課程表及注意事項) line by line (SPEC §5.3): a time range or a start
/// time followed by the activity; a line that is only a date sets the date of the lines after it.
/// </summary>
public static class ScheduleTextParser
{
    private enum LineKind
    {
        Note,
        Time,
        Unreadable,
    }

    public static ParsedScheduleText Parse(string? text, DateOnly courseStart)
    {
        var segments = new List<ScheduleSegmentInput>();
        var notes = new List<string>();
        var unparsed = new List<string>();
        var date = courseStart;
        Span<char> stackBuffer = stackalloc char[256];
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            char[]? rented = null;
            var folded = line.Length <= stackBuffer.Length
                ? stackBuffer[..line.Length]
                : (rented = ArrayPool<char>.Shared.Rent(line.Length)).AsSpan(0, line.Length);
            WidthFold.FoldLower(line, folded);
            if (ScheduleDateLine.TryRead(folded, courseStart, out var lineDate))
            {
                date = lineDate;
            }
            else
            {
                switch (ReadTimeLine(folded, out var start, out var end, out var activityAt))
                {
                    case LineKind.Time:
                        segments.Add(new ScheduleSegmentInput(
                            date,
                            ScheduleTime.Format(start),
                            end < 0 ? null : ScheduleTime.Format(end),
                            Activity(line[activityAt..], folded[activityAt..])));
                        break;
                    case LineKind.Unreadable:
                        unparsed.Add(line.ToString());
                        break;
                    case LineKind.Note:
                        notes.Add(line.ToString());
                        break;
                }
            }

            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        return new ParsedScheduleText(segments, notes, unparsed);
    }

    private static LineKind ReadTimeLine(ReadOnlySpan<char> folded, out int start, out int end, out int activityAt)
    {
        end = -1;
        activityAt = 0;
        var pos = 0;
        var afternoon = ReadPeriod(folded, ref pos);
        var length = ScheduleTime.ReadToken(folded, pos, out start);
        if (length == 0)
        {
            return LooksLikeTime(folded, pos) ? LineKind.Unreadable : LineKind.Note;
        }

        // 「2026年度計畫說明」 starts with four digits, but they are a year.
        if (length == 4 && IsYear(folded[(pos + 4)..]))
        {
            return LineKind.Note;
        }

        pos += length;
        activityAt = pos;
        pos = SkipWhiteSpace(folded, pos);
        if (pos < folded.Length && IsRangeSeparator(folded[pos]))
        {
            pos = SkipWhiteSpace(folded, pos + 1);
            var endLength = ScheduleTime.ReadToken(folded, pos, out end);
            if (endLength == 0 && pos < folded.Length && char.IsAsciiDigit(folded[pos]))
            {
                return LineKind.Unreadable;
            }

            // 「08:30－ 報到」: a start with a dangling dash is a start alone.
            if (endLength > 0 && end < 0)
            {
                return LineKind.Unreadable;
            }

            activityAt = pos + endLength;
        }

        if (start < 0)
        {
            return LineKind.Unreadable;
        }

        // 「下午 1:30-3:00」 is 13:30-15:00.
        if (afternoon)
        {
            start = start < 12 * 60 ? start + (12 * 60) : start;
            end = end is >= 0 and < 12 * 60 ? end + (12 * 60) : end;
        }

        return LineKind.Time;
    }

    private static bool ReadPeriod(ReadOnlySpan<char> folded, ref int pos)
    {
        foreach (var (word, afternoon) in Periods)
        {
            if (folded.StartsWith(word))
            {
                pos = SkipWhiteSpace(folded, word.Length);
                return afternoon;
            }
        }

        return false;
    }

    private static readonly (string Word, bool Afternoon)[] Periods =
        [("上午", false), ("早上", false), ("中午", false), ("下午", true), ("晚上", true)];

    // 「25:00-26:00」「9:3 報到」「0830-09 午餐」: a time's shape, but not a time.
    private static bool LooksLikeTime(ReadOnlySpan<char> folded, int pos)
    {
        var digits = ScheduleTime.CountDigits(folded, pos, 8);
        if (digits == 0)
        {
            return false;
        }

        var after = pos + digits;
        if (after < folded.Length && ScheduleTime.IsColon(folded[after]))
        {
            return true;
        }

        after = SkipWhiteSpace(folded, after);
        return digits >= 3 && after < folded.Length && IsRangeSeparator(folded[after]);
    }

    private static bool IsYear(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        return !rest.IsEmpty && rest[0] is '年' or '/' or '.' or '學';
    }

    private static bool IsRangeSeparator(char c) =>
        c is '-' or '~' or '至' or '\u301C' or '\u2010' or '\u2013' or '\u2014' or '\u2212';

    private static int SkipWhiteSpace(ReadOnlySpan<char> text, int pos)
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }

        return pos;
    }

    // The activity as typed (full-width colon and all), without the separators organisers put before it.
    private static string? Activity(ReadOnlySpan<char> typed, ReadOnlySpan<char> folded)
    {
        var skip = 0;
        while (skip < folded.Length && (char.IsWhiteSpace(folded[skip]) || folded[skip] is '|' or ':' or '、' or ','))
        {
            skip++;
        }

        var activity = typed[skip..].TrimEnd();
        return activity.IsEmpty ? null : activity.ToString();
    }
}
