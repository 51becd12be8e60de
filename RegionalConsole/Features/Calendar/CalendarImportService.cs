using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Features.Calendar;

/// <summary>One imported year: how many days, how many of them off, whether it replaced a stored year.</summary>
public sealed record CalendarImportResult(int Year, int Days, int OffDays, bool Replaced, DueDateRecalculation Recalculation);

/// <summary>A file checked before import: its problems, or what it holds and whether it replaces a stored year.</summary>
public sealed record CalendarImportCheck(CalendarCsvResult Parsed, CalendarYearSummary? Summary, bool ReplacesStoredYear);

/// <summary>
/// Imports a year of 政府行政機關辦公日曆表 (SPEC §4, §10). The file is checked whole by
/// <see cref="OfficeCalendarCsv"/> before anything is written; a year already stored is replaced (e.g. a revised
/// calendar), and the due dates of every open item are recomputed, all in one transaction.
/// </summary>
public sealed class CalendarImportService(
    IDbContextFactory<ConsoleDbContext> contexts,
    DueDateRecalculator recalculator,
    ISharedStateNotifier sharedState,
    TimeProvider clock)
{
    /// <summary>Reads a file for the preview; nothing is stored.</summary>
    public async Task<CalendarImportCheck> CheckAsync(Stream csv, CancellationToken ct = default)
    {
        var parsed = OfficeCalendarCsv.Parse(csv);
        if (!parsed.IsValid)
        {
            return new CalendarImportCheck(parsed, null, false);
        }

        var first = new DateOnly(parsed.Year.Year, 1, 1);
        var last = new DateOnly(parsed.Year.Year, 12, 31);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.CalendarDays.AnyAsync(d => d.Date >= first && d.Date <= last, ct);
        return new CalendarImportCheck(parsed, CalendarYearSummary.Of(parsed.Year), stored);
    }

    /// <summary>For the console page: administrators only (SPEC §1).</summary>
    public Task<CalendarImportResult> ImportAsync(ConsoleUser user, CalendarYear year, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!CalendarPermissions.CanImport(user.Scope))
        {
            throw new UnauthorizedAccessException("只有系統管理者可以匯入辦公日曆。");
        }

        return ImportAsync(user.UserName, year, ct);
    }

    /// <summary>The caller has checked the actor may import (an administrator, or an administrator API key).</summary>
    public async Task<CalendarImportResult> ImportAsync(string actor, CalendarYear year, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(year);
        var result = await contexts.InTransactionAsync((db, token) => ReplaceYearAsync(db, actor, year, token), ct);
        sharedState.Changed(SharedState.Calendar);
        return result;
    }

    private async Task<CalendarImportResult> ReplaceYearAsync(ConsoleDbContext db, string actor, CalendarYear year, CancellationToken ct)
    {
        var first = new DateOnly(year.Year, 1, 1);
        var last = new DateOnly(year.Year, 12, 31);
        var stored = db.CalendarDays.Where(d => d.Date >= first && d.Date <= last);
        var offBefore = await stored.Select(d => new { d.Date, d.IsOff }).ToDictionaryAsync(d => d.Date, d => d.IsOff, ct);
        var before = new { Days = offBefore.Count, OffDays = offBefore.Count(d => d.Value) };
        await stored.ExecuteDeleteAsync(ct);
        db.CalendarDays.AddRange(year.Days.Select(d => new Data.Entities.CalendarDay { Date = d.Date, IsOff = d.IsOff, Note = d.Note }));

        var replaced = before.Days > 0;
        var offDays = year.Days.Count(d => d.IsOff);
        var why = replaced ? $"重新匯入 {year.Year} 年辦公日曆（取代原資料）" : $"匯入 {year.Year} 年辦公日曆";
        db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, actor, replaced ? "CalendarYearReplaced" : "CalendarYearImported",
            "CalendarYear", year.Year.ToString(CultureInfo.InvariantCulture),
            before: replaced ? before : null, after: new { year.Days.Count, OffDays = offDays }, reason: why));
        await db.SaveChangesAsync(ct);

        // Every centre's items may move, but only where a day turned from working to off or back (a new
        // year: every day); a revision that only renames holidays moves nothing.
        var changed = year.Days.Where(d => !offBefore.TryGetValue(d.Date, out var wasOff) || wasOff != d.IsOff).Select(d => d.Date).ToList();
        var recalculation = DueDateRecalculation.None;
        if (changed.Count > 0)
        {
            var calendar = await CalendarService.LoadAsync(db, ct);
            recalculation = await recalculator.RecalculateAsync(db, calendar, new DueDateScope(CentreCodes: null, changed[0], changed[^1]), actor, why, ct);
        }

        return new CalendarImportResult(year.Year, year.Days.Count, offDays, replaced, recalculation);
    }
}
