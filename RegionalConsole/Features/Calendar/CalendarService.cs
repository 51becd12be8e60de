using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Features.Calendar;

/// <summary>The review period of a submission: working days 1–3, the last being the due date (SPEC §10).</summary>
public sealed record ReviewDue(DateOnly DueDate, IReadOnlyList<DateOnly> WorkingDays);

/// <summary>
/// The working calendar as stored (imported years and county closures), built once and shared until a node reports a
/// change (<see cref="SharedState.Calendar"/>).
/// </summary>
public sealed class CalendarService
{
    private readonly IDbContextFactory<ConsoleDbContext> _contexts;
    private readonly CachedValue<WorkingCalendar> _current;

    public CalendarService(IDbContextFactory<ConsoleDbContext> contexts, SharedStateCaches caches)
    {
        ArgumentNullException.ThrowIfNull(caches);
        _contexts = contexts;
        _current = caches.Create(SharedState.Calendar, async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await LoadAsync(db, ct);
        });
    }

    public Task<WorkingCalendar> GetAsync(CancellationToken ct = default) => _current.GetAsync(ct);

    /// <summary>The calendar as <paramref name="db"/> sees it, uncommitted changes of its transaction included.</summary>
    public static async Task<WorkingCalendar> LoadAsync(ConsoleDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var days = await db.CalendarDays.AsNoTracking().Select(d => new CalendarDay(d.Date, d.IsOff, d.Note)).ToListAsync(ct);
        var closures = await db.CountyClosures.AsNoTracking()
            .Select(c => new CountyClosure(c.CountyCode, c.Date, c.Reason)).ToListAsync(ct);
        return new WorkingCalendar(days, closures);
    }

    /// <summary>
    /// The due date of a submission at <paramref name="submittedUtc"/> to <paramref name="centreCode"/>; null
    /// when there is no such centre. Throws <see cref="CalendarNotLoadedException"/> beyond the imported years.
    /// </summary>
    public async Task<ReviewDue?> ReviewDueAsync(DateTime submittedUtc, string centreCode, CancellationToken ct = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(ct);
        var centre = await db.Centres.AsNoTracking().Where(c => c.Code == centreCode).Select(c => new { c.CountyCode }).SingleOrDefaultAsync(ct);
        if (centre is null)
        {
            return null;
        }

        var calendar = await GetAsync(ct);
        var days = calendar.ReviewWorkingDays(Domain.RocDate.TaipeiDate(submittedUtc), centre.CountyCode);
        return new ReviewDue(days[^1], days);
    }

    /// <summary>One month of the calendar as seen by <paramref name="countyCode"/>'s centre, for the month view.</summary>
    public async Task<IReadOnlyList<CalendarMonthDay>> MonthAsync(string countyCode, int year, int month, CancellationToken ct = default)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        await using var db = await _contexts.CreateDbContextAsync(ct);
        var days = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= first && d.Date <= last)
            .Select(d => new CalendarDay(d.Date, d.IsOff, d.Note))
            .ToListAsync(ct);
        var closures = await db.CountyClosures.AsNoTracking()
            .Where(c => c.CountyCode == countyCode && c.Date >= first && c.Date <= last)
            .Select(c => new CountyClosure(c.CountyCode, c.Date, c.Reason))
            .ToListAsync(ct);
        return CalendarMonth.Days(year, month, days, closures);
    }
}
