namespace RegionalConsole.Domain.Calendar;

internal enum DayKind : byte
{
    /// <summary>No calendar loaded for this date (a year missing between loaded ones).</summary>
    Unknown,
    Working,
    Off,
}

/// <summary>
/// Working-day arithmetic in constant time. Every date from the first known one gets its offset; for each
/// offset we keep how many working days there are up to and including it, and each working day is listed
/// by its ordinal. "The n-th working day after d" is then one lookup in each array, and "working days
/// between" is a subtraction, however far apart the dates are.
/// </summary>
internal sealed class WorkingDayIndex
{
    private readonly DateOnly first;
    private readonly DayKind[] kinds;
    private readonly int[] workingThrough;
    private readonly int[] unknownThrough;
    private readonly DateOnly[] workingDates;

    internal WorkingDayIndex(DateOnly first, DayKind[] kinds)
    {
        this.first = first;
        this.kinds = kinds;
        workingThrough = new int[kinds.Length];
        unknownThrough = new int[kinds.Length];
        var dates = new List<DateOnly>();
        int working = 0, unknown = 0;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == DayKind.Working)
            {
                working++;
                dates.Add(first.AddDays(i));
            }
            else if (kinds[i] == DayKind.Unknown)
            {
                unknown++;
            }

            workingThrough[i] = working;
            unknownThrough[i] = unknown;
        }

        workingDates = [.. dates];
    }

    internal bool IsWorkingDay(DateOnly date) => kinds[KnownOffset(date)] == DayKind.Working;

    /// <summary>The <paramref name="count"/> working days that follow <paramref name="date"/>, in order.</summary>
    internal ReadOnlySpan<DateOnly> WorkingDaysAfter(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var start = KnownOffset(date);

        // workingThrough[start] working days lie on or before the date, so the next one has that index.
        var firstOrdinal = workingThrough[start];
        var lastOrdinal = firstOrdinal + count - 1;
        if (lastOrdinal >= workingDates.Length)
        {
            throw new CalendarNotLoadedException(FirstMissingYearAfter(start));
        }

        var end = Offset(workingDates[lastOrdinal]);
        if (unknownThrough[end] != unknownThrough[start])
        {
            throw new CalendarNotLoadedException(FirstMissingYearAfter(start));
        }

        return workingDates.AsSpan(firstOrdinal, count);
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when to is earlier.</summary>
    internal int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var i = KnownOffset(from);
        var j = KnownOffset(to);
        var (low, high) = i <= j ? (i, j) : (j, i);
        if (unknownThrough[high] != unknownThrough[low])
        {
            throw new CalendarNotLoadedException(FirstMissingYearAfter(low));
        }

        return workingThrough[j] - workingThrough[i];
    }

    private int Offset(DateOnly date) => date.DayNumber - first.DayNumber;

    private int KnownOffset(DateOnly date)
    {
        var i = Offset(date);
        if (i < 0 || i >= kinds.Length || kinds[i] == DayKind.Unknown)
        {
            throw new CalendarNotLoadedException(date.Year);
        }

        return i;
    }

    /// <summary>Only when throwing: the year to ask the administrator to import.</summary>
    private int FirstMissingYearAfter(int offset)
    {
        for (var i = offset + 1; i < kinds.Length; i++)
        {
            if (kinds[i] == DayKind.Unknown)
            {
                return first.AddDays(i).Year;
            }
        }

        return first.AddDays(kinds.Length).Year;
    }
}
