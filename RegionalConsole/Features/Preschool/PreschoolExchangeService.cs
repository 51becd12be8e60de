using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Preschool;
using RegionalConsole.Features.Tags;

namespace RegionalConsole.Features.Preschool;

public enum ExchangeRunOutcome
{
    Done,

    /// <summary>Another run of the period (on this node or another) is under way; nothing was done.</summary>
    AlreadyRunning,

    /// <summary>A scheduled run found the period already run; nothing was done.</summary>
    AlreadyDone,

    Forbidden,
    Failed,
}

public sealed record ExchangeRunResult(ExchangeRunOutcome Outcome, ExchangePeriod Period, int? RunId = null, int RecordCount = 0);

/// <param name="Overdue">Not acknowledged by the platform in time (<see cref="ExchangeAcknowledgement.IsOverdue"/>).</param>
/// <param name="Unsent">Records the run could not send (<see cref="ExchangeDeliveryService.UnsentAsync"/>).</param>
public sealed record ExchangeRunRow(int Id, string Period, DateTime StartedAt, DateTime? FinishedAt, int RecordCount,
    string? FileName, ExchangeRunStatus Status, string TriggeredBy, string? Error, DateTime? AcknowledgedAt, bool Overdue, int Unsent);

public sealed record ExchangeDownload(string FileName, byte[] Content);

/// <summary>
/// The monthly preschool exchange (SPEC §3 step 5, §7, §14.4): a run selects the records no acknowledged run carried
/// (<see cref="ExchangeSelection"/>), writes <see cref="ExchangeFile"/>, and remembers each record it carried and each
/// it could not send; the exchange platform then collects and acknowledges it (<see cref="ExchangeDeliveryService"/>).
/// Runs of one period never overlap, across nodes too.
/// </summary>
public sealed class PreschoolExchangeService(IDbContextFactory<ConsoleDbContext> contexts, TagRegistryService tags,
    TimeProvider clock, PreschoolOptions options, ILogger<PreschoolExchangeService> log)
{
    /// <summary>The period a run started now belongs to: this month's from its 15th, else last month's.</summary>
    public ExchangePeriod CurrentPeriod() => ExchangePeriod.LatestDue(clock.GetUtcNow().UtcDateTime, options.ExchangeHour);

    /// <summary>The job's run of a due period; skipped when the period already has a successful run.</summary>
    public Task<ExchangeRunResult> RunScheduledAsync(ExchangePeriod period, string trigger, CancellationToken ct) =>
        RunAsync(period, trigger, onlyIfNotDone: true, audited: false, ct);

    /// <summary>An administrator's run of the current period from /preschool: sends what no run has sent yet.</summary>
    public async Task<ExchangeRunResult> RunNowAsync(ConsoleUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role != ConsoleRole.Administrator
            ? new ExchangeRunResult(ExchangeRunOutcome.Forbidden, CurrentPeriod())
            : await RunAsync(CurrentPeriod(), user.UserName, onlyIfNotDone: false, audited: true, ct);
    }

    public async Task<IReadOnlyList<ExchangeRunRow>> RunsAsync(ConsoleUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role != ConsoleRole.Administrator)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var lastAcknowledged = await db.ExchangeRuns.Where(r => r.AcknowledgedAt != null).MaxAsync(r => (int?)r.Id, ct) ?? 0;
        var runs = await db.ExchangeRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).Take(120)
            .Select(r => new
            {
                r.Id,
                r.Period,
                r.StartedAt,
                r.FinishedAt,
                r.RecordCount,
                r.FileName,
                r.Status,
                r.TriggeredBy,
                r.Error,
                r.AcknowledgedAt,
                Unsent = db.ExchangeUnsentRecords.Count(u => u.RunId == r.Id),
            })
            .ToListAsync(ct);
        return [.. runs.Select(r => new ExchangeRunRow(r.Id, r.Period, r.StartedAt, r.FinishedAt, r.RecordCount, r.FileName, r.Status,
            r.TriggeredBy, r.Error, r.AcknowledgedAt,
            r is { Status: ExchangeRunStatus.Succeeded, FinishedAt: { } finished } && ExchangeAcknowledgement.IsOverdue(finished, r.AcknowledgedAt, lastAcknowledged > r.Id, now),
            r.Unsent))];
    }

    private async Task<ExchangeRunResult> RunAsync(ExchangePeriod period, string trigger, bool onlyIfNotDone, bool audited, CancellationToken ct)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await ReleaseStaleRunsAsync(db, started, ct);
        var run = new ExchangeRun
        {
            Period = period.Key,
            RunningPeriod = period.Key,
            StartedAt = started,
            CutOff = started,
            Status = ExchangeRunStatus.Running,
            TriggeredBy = trigger,
        };
        db.ExchangeRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique RunningPeriod: another run of this period holds it, here or on another node.
            return new ExchangeRunResult(ExchangeRunOutcome.AlreadyRunning, period);
        }

        // Checked while holding the period, so two nodes waking on the same 15th run it once.
        if (onlyIfNotDone && await db.ExchangeRuns.AnyAsync(r => r.Period == period.Key && r.Status == ExchangeRunStatus.Succeeded, ct))
        {
            db.ExchangeRuns.Remove(run);
            await db.SaveChangesAsync(CancellationToken.None);
            return new ExchangeRunResult(ExchangeRunOutcome.AlreadyDone, period);
        }

        try
        {
            // Records failing the teacher test are reported once: those issued since the previous run's cut-off, and at
            // most two periods back, so the first run on a database with years of records does not read them all.
            var floor = run.CutOff.AddDays(-62);
            var previous = await db.ExchangeRuns.Where(r => r.Status == ExchangeRunStatus.Succeeded).MaxAsync(r => (DateTime?)r.CutOff, ct);
            var reportFrom = previous is { } cut && cut > floor ? cut : floor;
            var (lines, unsent) = await ExchangeSelection.SelectAsync(db, run.CutOff, reportFrom, await tags.GetAsync(ct), ct);
            db.ExchangeSentRecords.AddRange(lines.Select(l => new ExchangeSentRecord { RunId = run.Id, StudyRecordId = l.StudyRecordId }));
            db.ExchangeUnsentRecords.AddRange(unsent.Select(u => new ExchangeUnsentRecord { RunId = run.Id, StudyRecordId = u.StudyRecordId, Reason = u.Reason }));
            run.RecordCount = lines.Count;
            run.FileName = ExchangeFile.FileName(period, run.Id);
            run.FileContent = ExchangeFile.Write(lines);
            run.Status = ExchangeRunStatus.Succeeded;
            run.FinishedAt = clock.GetUtcNow().UtcDateTime;
            run.RunningPeriod = null;
            if (audited)
            {
                db.AuditLog.Add(AuditEntry.Create(run.FinishedAt.Value, trigger, "PreschoolExchangeRun", nameof(ExchangeRun),
                    run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), after: new { run.Period, run.RecordCount, run.FileName }));
            }

            // One SaveChanges: the sent records, the file and the finished run land together or not at all.
            await db.SaveChangesAsync(ct);
            log.LogInformation("Preschool exchange {Period} run {RunId} ({Trigger}) sent {Count} records.", period.Key, run.Id, trigger, lines.Count);
            return new ExchangeRunResult(ExchangeRunOutcome.Done, period, run.Id, lines.Count);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Usually the node stopping (the job's catch-up runs the period again at the next start); nothing was sent:
            // the records, the file and the finished run are one SaveChanges.
            log.LogWarning("Preschool exchange {Period} run {RunId} was cancelled before it finished; nothing was sent.", period.Key, run.Id);
            await MarkFailedAsync(run.Id, "中止（應用程式停止）。");
            throw;
        }
        catch (Exception e)
        {
            log.LogError(e, "Preschool exchange {Period} run {RunId} failed.", period.Key, run.Id);
            await MarkFailedAsync(run.Id, e.Message);
            return new ExchangeRunResult(ExchangeRunOutcome.Failed, period, run.Id);
        }
    }

    private async Task MarkFailedAsync(int runId, string error)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var finished = clock.GetUtcNow().UtcDateTime;
        await db.ExchangeRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, ExchangeRunStatus.Failed)
            .SetProperty(r => r.RunningPeriod, (string?)null)
            .SetProperty(r => r.FinishedAt, finished)
            .SetProperty(r => r.Error, error.Length > 500 ? error[..500] : error));
    }

    /// <summary>A run whose node died keeps its period; after the stale time it is failed so the period can run again.</summary>
    private async Task ReleaseStaleRunsAsync(ConsoleDbContext db, DateTime now, CancellationToken ct)
    {
        var before = now.AddMinutes(-options.StaleRunMinutes);
        await db.ExchangeRuns.Where(r => r.Status == ExchangeRunStatus.Running && r.StartedAt < before)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, ExchangeRunStatus.Failed)
                .SetProperty(r => r.RunningPeriod, (string?)null)
                .SetProperty(r => r.Error, "未完成（執行中斷）。"), ct);
    }
}
