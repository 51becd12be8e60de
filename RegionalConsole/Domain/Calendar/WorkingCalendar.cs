using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;

namespace RegionalConsole.Domain.Calendar;

/// <summary>
/// Taiwan's government office calendar as working days, for the 3-working-day review SLA
/// (管理規定第11條第8款; SPEC §4). Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>Every answer is constant time (see <see cref="WorkingDayIndex"/>), so a queue of a million items
/// can compute its due dates and days left without walking the calendar.</para>
/// <para>A date in a year that was never imported throws <see cref="CalendarNotLoadedException"/> naming that
/// year. Guessing "weekdays work" beyond the data would silently get Lunar New Year, make-up Saturdays
/// and bridge days wrong, and a due date shown to organisers must not be a guess.</para>
/// <para><c>countyCode</c> selects whose 停止上班 closures apply. A county centre's code is its county code,
/// so a centre code may be passed as is; NATIONAL and K12EA name no county and see no closures.</para>
/// </remarks>
public sealed class WorkingCalendar
{
    /// <summary>「課程及名單審核至少需三個工作天」 (管理規定第11條第8款).</summary>
    public const int ReviewWorkingDayCount = 3;

    private static readonly Lazy<WorkingCalendar> Shipped =
        new(() => new WorkingCalendar(OfficeCalendarCsv.LoadShipped().SelectMany(y => y.Days)));

    private readonly DateOnly first;
    private readonly DayKind[] kinds;
    private readonly WorkingDayIndex national;
    private readonly FrozenDictionary<string, DateOnly[]> closedDatesByCounty;
    private readonly ConcurrentDictionary<string, WorkingDayIndex> countyIndexes = new(StringComparer.Ordinal);

    public WorkingCalendar(IEnumerable<CalendarDay> days, IEnumerable<CountyClosure>? closures = null)
    {
        ArgumentNullException.ThrowIfNull(days);
        var list = days.OrderBy(d => d.Date).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A working calendar needs at least one day.", nameof(days));
        }

        first = list[0].Date;
        kinds = new DayKind[list[^1].Date.DayNumber - first.DayNumber + 1];
        foreach (var day in list)
        {
            ref var kind = ref kinds[day.Date.DayNumber - first.DayNumber];
            if (kind != DayKind.Unknown)
            {
                throw new ArgumentException($"{day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} appears twice.", nameof(days));
            }

            kind = day.IsOff ? DayKind.Off : DayKind.Working;
        }

        national = new WorkingDayIndex(first, kinds);
        Years = [.. list.Select(d => d.Date.Year).Distinct()];
        (Closures, closedDatesByCounty) = GroupClosures(closures ?? []);
    }

    /// <summary>Shares the (large) national index; only counties with closures get their own, when first asked.</summary>
    private WorkingCalendar(WorkingCalendar source, IEnumerable<CountyClosure> closures)
    {
        first = source.first;
        kinds = source.kinds;
        national = source.national;
        Years = source.Years;
        (Closures, closedDatesByCounty) = GroupClosures(closures);
    }

    public DateOnly FirstDate => first;

    public DateOnly LastDate => first.AddDays(kinds.Length - 1);

    /// <summary>The years with calendar data, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    public IReadOnlyList<CountyClosure> Closures { get; }

    /// <summary>The calendars that ship with the app (2024–2027 at release), without county closures. Built once.</summary>
    public static WorkingCalendar FromShipped() => Shipped.Value;

    /// <summary>The same office calendar with another set of closures (they change far more often than the calendar).</summary>
    public WorkingCalendar WithClosures(IEnumerable<CountyClosure> closures)
    {
        ArgumentNullException.ThrowIfNull(closures);
        return new WorkingCalendar(this, closures);
    }

    public bool IsWorkingDay(DateOnly date, string? countyCode = null) => IndexFor(countyCode).IsWorkingDay(date);

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="date"/> (the date itself never counts).</summary>
    public DateOnly WorkingDayAfter(DateOnly date, int count, string? countyCode = null) =>
        IndexFor(countyCode).WorkingDaysAfter(date, count)[^1];

    public DateOnly NextWorkingDay(DateOnly date, string? countyCode = null) => WorkingDayAfter(date, 1, countyCode);

    /// <summary>
    /// Day 1 is the first working day after the Taipei calendar date of submission, and the item is due by
    /// the end of working day 3 (管理規定第11條第8款; SPEC §4). A submission on a day off counts the same way.
    /// </summary>
    public DateOnly ReviewDueDate(DateOnly submittedTaipeiDate, string? countyCode = null) =>
        WorkingDayAfter(submittedTaipeiDate, ReviewWorkingDayCount, countyCode);

    /// <summary>The three working days of the review, the last being the due date (GET /api/v1/calendar/review-due).</summary>
    public IReadOnlyList<DateOnly> ReviewWorkingDays(DateOnly submittedTaipeiDate, string? countyCode = null) =>
        IndexFor(countyCode).WorkingDaysAfter(submittedTaipeiDate, ReviewWorkingDayCount).ToArray();

    /// <summary>
    /// Working days after <paramref name="today"/> up to and including <paramref name="due"/> (SPEC §4):
    /// 1 the working day before, 0 on the due date, and negative once past it — the number of working days
    /// overdue. Once the due date has passed the answer is never 0, even on a day off: the item was due by the end
    /// of its working day 3 (第11條第8款), so on the Saturday after a Friday due date it is overdue (−1), not
    /// 「今日到期」; the next working day only makes it later.
    /// </summary>
    public int WorkingDaysLeft(DateOnly today, DateOnly due, string? countyCode = null)
    {
        var left = WorkingDaysBetween(today, due, countyCode);
        return today > due ? Math.Min(left, -1) : left;
    }

    /// <summary>
    /// <see cref="WorkingDaysLeft"/>, or null when a day between lies in a year never imported: a due date stored before
    /// the input bounds (year 1, year 9999) is shown without days left instead of taking its queue down (SPEC §13.3).
    /// </summary>
    public int? WorkingDaysLeftIfKnown(DateOnly today, DateOnly due, string? countyCode = null)
    {
        try
        {
            return WorkingDaysLeft(today, due, countyCode);
        }
        catch (CalendarNotLoadedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when
    /// <paramref name="to"/> is earlier. Submitted Wednesday and decided Friday is 2 working days to decision.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to, string? countyCode = null) =>
        IndexFor(countyCode).WorkingDaysBetween(from, to);

    private WorkingDayIndex IndexFor(string? countyCode) =>
        countyCode is not null && closedDatesByCounty.ContainsKey(countyCode)
            ? countyIndexes.GetOrAdd(countyCode, static (county, self) => self.BuildCountyIndex(county), this)
            : national;

    private WorkingDayIndex BuildCountyIndex(string countyCode)
    {
        var countyKinds = (DayKind[])kinds.Clone();
        foreach (var date in closedDatesByCounty[countyCode])
        {
            // A closure outside the loaded years changes nothing: those dates throw until their year is imported.
            var i = date.DayNumber - first.DayNumber;
            if (i >= 0 && i < countyKinds.Length && countyKinds[i] == DayKind.Working)
            {
                countyKinds[i] = DayKind.Off;
            }
        }

        return new WorkingDayIndex(first, countyKinds);
    }

    private static (IReadOnlyList<CountyClosure>, FrozenDictionary<string, DateOnly[]>) GroupClosures(IEnumerable<CountyClosure> closures)
    {
        var list = closures.ToList();
        foreach (var closure in list)
        {
            ArgumentNullException.ThrowIfNull(closure);
            if (!Counties.IsKnown(closure.CountyCode))
            {
                throw new ArgumentException($"停止上班的縣市代碼「{closure.CountyCode}」不存在", nameof(closures));
            }
        }

        var byCounty = list
            .GroupBy(c => c.CountyCode, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(c => c.Date).Distinct().ToArray(), StringComparer.Ordinal);
        return (list, byCounty);
    }
}
