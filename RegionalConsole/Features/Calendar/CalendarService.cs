using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Features.Calendar;

/// <summary>
/// The working calendar as stored (imported years and county closures), built once and shared until a change.
/// </summary>
public sealed class CalendarService(IDbContextFactory<ConsoleDbContext> contexts)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private WorkingCalendar? _current;

    public async Task<WorkingCalendar> GetAsync(CancellationToken ct = default)
    {
        if (Volatile.Read(ref _current) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_current is null)
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var days = await db.CalendarDays.AsNoTracking().Select(d => new CalendarDay(d.Date, d.IsOff, d.Note)).ToListAsync(ct);
                var closures = await db.CountyClosures.AsNoTracking()
                    .Select(c => new CountyClosure(c.CountyCode, c.Date, c.Reason)).ToListAsync(ct);
                Volatile.Write(ref _current, new WorkingCalendar(days, closures));
            }

            return _current!;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Call after the calendar or a closure changed; the next read rebuilds it.</summary>
    public void Invalidate() => Volatile.Write(ref _current, null);
}
