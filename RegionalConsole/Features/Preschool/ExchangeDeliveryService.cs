using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Preschool;

namespace RegionalConsole.Features.Preschool;

/// <summary>A run as the exchange platform lists it (SPEC §14.4).</summary>
public sealed record PlatformRun(int Id, string Period, int Records, bool Acknowledged);

public enum AcknowledgeOutcome
{
    Acknowledged,
    AlreadyAcknowledged,
    NotFound,
}

/// <summary>A run the platform has not acknowledged within <see cref="ExchangeAcknowledgement.Window"/>.</summary>
public sealed record OverdueRun(int Id, string Period, DateTime FinishedAt, DateTime DueAt);

/// <summary>A record the latest run could not send, with why (national ID masked: SPEC §11).</summary>
public sealed record UnsentRow(long StudyRecordId, string MaskedNationalId, string? TeacherName, string CourseNo, string CourseTitle, ExchangeVerdict Reason);

public sealed record UnsentReport(int? RunId, string? Period, int Total, IReadOnlyList<UnsentRow> Rows);

/// <summary>
/// Delivery of the exchange files (SPEC §14.4): the platform lists the runs, collects each file and acknowledges it;
/// only then do its records count as sent. Administrators see runs left unacknowledged and records that could not be sent.
/// </summary>
public sealed class ExchangeDeliveryService(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider clock)
{
    /// <summary>Runs listed per call; the platform follows with <c>after</c> = the last id it saw.</summary>
    public const int PageSize = 100;

    /// <summary>Rows of the unsent report shown at once; the total is always given.</summary>
    public const int UnsentShown = 200;

    public async Task<IReadOnlyList<PlatformRun>> RunsAfterAsync(int after, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ExchangeRuns.AsNoTracking()
            .Where(r => r.Id > after && r.Status == ExchangeRunStatus.Succeeded).OrderBy(r => r.Id).Take(PageSize)
            .Select(r => new PlatformRun(r.Id, r.Period, r.RecordCount, r.AcknowledgedAt != null))
            .ToListAsync(ct);
    }

    /// <summary>A finished run's file, the same bytes for the platform and for administrators; null when there is none.</summary>
    public async Task<ExchangeDownload?> FileAsync(int runId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var file = await db.ExchangeRuns.AsNoTracking().Where(r => r.Id == runId && r.FileContent != null)
            .Select(r => new { r.FileName, r.FileContent }).SingleOrDefaultAsync(ct);
        return file is null ? null : new ExchangeDownload(file.FileName!, file.FileContent!);
    }

    /// <summary>Records the platform's receipt of a run; repeating it changes nothing and writes no second audit entry.</summary>
    public async Task<(AcknowledgeOutcome Outcome, PlatformRun? Run)> AcknowledgeAsync(int runId, string actor, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var outcome = await contexts.InTransactionAsync(async (db, token) =>
        {
            // A conditional update: of two acknowledgements at once, one records the receipt and the other finds it done.
            var changed = await db.ExchangeRuns
                .Where(r => r.Id == runId && r.Status == ExchangeRunStatus.Succeeded && r.AcknowledgedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.AcknowledgedAt, now).SetProperty(r => r.AcknowledgedBy, Truncate(actor)), token);
            if (changed == 0)
            {
                return await db.ExchangeRuns.AnyAsync(r => r.Id == runId && r.Status == ExchangeRunStatus.Succeeded, token)
                    ? AcknowledgeOutcome.AlreadyAcknowledged
                    : AcknowledgeOutcome.NotFound;
            }

            db.AuditLog.Add(AuditEntry.Create(now, actor, "PreschoolExchangeAcknowledged", nameof(ExchangeRun),
                runId.ToString(CultureInfo.InvariantCulture), new { AcknowledgedAt = (DateTime?)null }, new { AcknowledgedAt = now }));
            await db.SaveChangesAsync(token);
            return AcknowledgeOutcome.Acknowledged;
        }, ct);
        if (outcome == AcknowledgeOutcome.NotFound)
        {
            return (outcome, null);
        }

        await using var read = await contexts.CreateDbContextAsync(ct);
        var run = await read.ExchangeRuns.AsNoTracking().Where(r => r.Id == runId)
            .Select(r => new PlatformRun(r.Id, r.Period, r.RecordCount, r.AcknowledgedAt != null)).SingleAsync(ct);
        return (outcome, run);
    }

    /// <summary>Runs overdue for acknowledgement, oldest first; only administrators see them.</summary>
    public async Task<IReadOnlyList<OverdueRun>> OverdueAsync(ConsoleUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role != ConsoleRole.Administrator)
        {
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var dueBefore = now - ExchangeAcknowledgement.Window;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lastAcknowledged = await db.ExchangeRuns.Where(r => r.AcknowledgedAt != null).MaxAsync(r => (int?)r.Id, ct) ?? 0;
        var runs = await db.ExchangeRuns.AsNoTracking()
            .Where(r => r.Status == ExchangeRunStatus.Succeeded && r.AcknowledgedAt == null && r.FinishedAt < dueBefore)
            .OrderBy(r => r.Id).Select(r => new { r.Id, r.Period, FinishedAt = r.FinishedAt!.Value }).ToListAsync(ct);
        return [.. runs
            .Where(r => ExchangeAcknowledgement.IsOverdue(r.FinishedAt, null, lastAcknowledged > r.Id, now))
            .Select(r => new OverdueRun(r.Id, r.Period, r.FinishedAt, ExchangeAcknowledgement.DueAt(r.FinishedAt)))];
    }

    /// <summary>The records the latest finished run could not send, with why; only administrators see them.</summary>
    public async Task<UnsentReport> UnsentAsync(ConsoleUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role != ConsoleRole.Administrator)
        {
            return new UnsentReport(null, null, 0, []);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var run = await db.ExchangeRuns.AsNoTracking().Where(r => r.Status == ExchangeRunStatus.Succeeded)
            .OrderByDescending(r => r.Id).Select(r => new { r.Id, r.Period }).FirstOrDefaultAsync(ct);
        if (run is null)
        {
            return new UnsentReport(null, null, 0, []);
        }

        var unsent = db.ExchangeUnsentRecords.Where(u => u.RunId == run.Id);
        var total = await unsent.CountAsync(ct);
        var rows = await (
            from u in unsent
            join r in db.StudyRecords on u.StudyRecordId equals r.Id
            join c in db.Courses on r.CourseId equals c.Id
            from t in db.Teachers.Where(t => t.NationalId == r.NationalId).DefaultIfEmpty()
            orderby u.Reason, r.NationalId, u.StudyRecordId
            select new { u.StudyRecordId, r.NationalId, TeacherName = t != null ? t.Name : null, c.CourseNo, c.Title, u.Reason })
            .Take(UnsentShown).AsNoTracking().ToListAsync(ct);
        return new UnsentReport(run.Id, run.Period, total,
            [.. rows.Select(r => new UnsentRow(r.StudyRecordId, NationalId.Mask(r.NationalId), r.TeacherName, r.CourseNo, r.Title, r.Reason))]);
    }

    private static string Truncate(string actor) => actor.Length > 100 ? actor[..100] : actor;
}
