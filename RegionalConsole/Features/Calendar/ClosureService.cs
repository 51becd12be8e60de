using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using CountyClosure = RegionalConsole.Data.Entities.CountyClosure;

namespace RegionalConsole.Features.Calendar;

/// <summary>Why a closure was not entered or removed; the page shows each as a sentence.</summary>
public enum ClosureError
{
    None,
    NotAllowed,
    UnknownCounty,
    ReasonRequired,
    ReasonTooLong,
    YearNotLoaded,
    AlreadyOff,
    Duplicate,
    NotFound,
}

public sealed record ClosureResult(ClosureError Error, DueDateRecalculation Recalculation)
{
    public bool Succeeded => Error == ClosureError.None;

    internal static ClosureResult Failed(ClosureError error) => new(error, DueDateRecalculation.None);
}

public sealed record ClosureRow(int Id, string CountyCode, DateOnly Date, string Reason);

/// <summary>A closure as entered on the calendar page.</summary>
public sealed record ClosureInput(string CountyCode, DateOnly Date, string Reason);

/// <summary>
/// County closures (停止上班, typhoon days): off for that county's centre only (SPEC §4). Entering or removing
/// one recomputes the due dates of that centre's open items in the same transaction.
/// </summary>
public sealed class ClosureService(
    IDbContextFactory<ConsoleDbContext> contexts,
    CalendarService calendars,
    DueDateRecalculator recalculator,
    ISharedStateNotifier sharedState,
    TimeProvider clock)
{
    public const int MaxReasonLength = 100;

    public async Task<List<ClosureRow>> ListAsync(string countyCode, int year, CancellationToken ct = default)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.CountyClosures.AsNoTracking()
            .Where(c => c.CountyCode == countyCode && c.Date >= first && c.Date <= last)
            .OrderBy(c => c.Date)
            .Select(c => new ClosureRow(c.Id, c.CountyCode, c.Date, c.Reason))
            .ToListAsync(ct);
    }

    public async Task<ClosureResult> AddAsync(ConsoleUser user, string countyCode, DateOnly date, string? reason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var error = Validate(user, countyCode, reason);
        if (error != ClosureError.None)
        {
            return ClosureResult.Failed(error);
        }

        var calendar = await calendars.GetAsync(ct);
        if (!calendar.Years.Contains(date.Year))
        {
            return ClosureResult.Failed(ClosureError.YearNotLoaded);
        }

        if (!calendar.IsWorkingDay(date))
        {
            return ClosureResult.Failed(ClosureError.AlreadyOff);
        }

        var entered = reason!.Trim();
        var result = await contexts.InTransactionAsync(async (db, token) =>
        {
            if (await db.CountyClosures.AnyAsync(c => c.CountyCode == countyCode && c.Date == date, token))
            {
                return ClosureResult.Failed(ClosureError.Duplicate);
            }

            var closure = new CountyClosure { CountyCode = countyCode, Date = date, Reason = entered };
            db.CountyClosures.Add(closure);
            try
            {
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateException)
            {
                // Entered at the same moment by someone else (the county and date are unique).
                await db.Database.RollbackTransactionAsync(token);
                return ClosureResult.Failed(ClosureError.Duplicate);
            }

            var why = $"新增停止上班：{Describe(closure)}";
            db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, "CountyClosureAdded", nameof(CountyClosure),
                closure.Id.ToString(CultureInfo.InvariantCulture), after: new { closure.CountyCode, closure.Date, closure.Reason }, reason: why));
            return new ClosureResult(ClosureError.None, await RecalculateAsync(db, calendar, closure, user.UserName, why, token));
        }, ct);
        InvalidateAfter(result);
        return result;
    }

    public async Task<ClosureResult> RemoveAsync(ConsoleUser user, int closureId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var calendar = await calendars.GetAsync(ct);
        var result = await contexts.InTransactionAsync(async (db, token) =>
        {
            var closure = await db.CountyClosures.SingleOrDefaultAsync(c => c.Id == closureId, token);
            if (closure is null)
            {
                return ClosureResult.Failed(ClosureError.NotFound);
            }

            if (!CalendarPermissions.CanManageClosures(user.Scope, closure.CountyCode))
            {
                return ClosureResult.Failed(ClosureError.NotAllowed);
            }

            db.CountyClosures.Remove(closure);
            var why = $"取消停止上班：{Describe(closure)}";
            db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, "CountyClosureRemoved", nameof(CountyClosure),
                closure.Id.ToString(CultureInfo.InvariantCulture), before: new { closure.CountyCode, closure.Date, closure.Reason }, reason: why));
            return new ClosureResult(ClosureError.None, await RecalculateAsync(db, calendar, closure, user.UserName, why, token));
        }, ct);
        InvalidateAfter(result);
        return result;
    }

    /// <summary>Once committed, every node's cached calendar is stale (invalidating earlier could let a reader cache the old one).</summary>
    private void InvalidateAfter(ClosureResult result)
    {
        if (result.Succeeded)
        {
            sharedState.Changed(SharedState.Calendar);
        }
    }

    private static ClosureError Validate(ConsoleUser user, string countyCode, string? reason)
    {
        if (!Counties.IsKnown(countyCode))
        {
            return ClosureError.UnknownCounty;
        }

        if (!CalendarPermissions.CanManageClosures(user.Scope, countyCode))
        {
            return ClosureError.NotAllowed;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return ClosureError.ReasonRequired;
        }

        return reason.Trim().Length > MaxReasonLength ? ClosureError.ReasonTooLong : ClosureError.None;
    }

    /// <summary>A closure moves only the centres of its county: a county centre carries its county's code.</summary>
    private async Task<DueDateRecalculation> RecalculateAsync(ConsoleDbContext db, WorkingCalendar cached, CountyClosure changed, string actor, string why, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        var (countyCode, date) = (changed.CountyCode, changed.Date);
        var closures = await db.CountyClosures.AsNoTracking()
            .Select(c => new Domain.Calendar.CountyClosure(c.CountyCode, c.Date, c.Reason)).ToListAsync(ct);
        var centres = await db.Centres.AsNoTracking().Where(c => c.CountyCode == countyCode).Select(c => c.Code).ToListAsync(ct);
        return await recalculator.RecalculateAsync(db, cached.WithClosures(closures), new DueDateScope(centres, date, date), actor, why, ct);
    }

    /// <summary>2026-09-01 花蓮縣 颱風</summary>
    private static string Describe(CountyClosure closure) =>
        $"{closure.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {Counties.Names[closure.CountyCode]} {closure.Reason}";
}
