using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Preschool;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Calendar;

namespace RegionalConsole.Features.Operations;

/// <summary>
/// The <see cref="OperationsSnapshot"/> the console's gauges report, read at most once per <c>Telemetry:RefreshSeconds</c>
/// however often exporters collect: every gauge of a collection shares one read, and a read is a handful of grouped
/// queries over the open-item index and the outboxes, never one per centre. Registered only when telemetry is on.
/// </summary>
public sealed class OperationsFigures
{
    // Two years of monthly runs: enough to find the latest success and every run still awaiting acknowledgement.
    private const int RunsLookedAt = 24;

    private static readonly SlaState[] OpenStates = [SlaState.OnTrack, SlaState.DueSoon, SlaState.Overdue];

    private readonly IDbContextFactory<ConsoleDbContext> _contexts;
    private readonly CalendarService _calendars;
    private readonly TimeProvider _clock;
    private readonly ILogger<OperationsFigures> _log;
    private readonly CachedValue<Reading> _current;
    private int _reads;

    public OperationsFigures(IDbContextFactory<ConsoleDbContext> contexts, CalendarService calendars, TimeProvider clock,
        TelemetryOptions options, ILogger<OperationsFigures> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_contexts, _calendars, _clock, _log) = (contexts, calendars, clock, log);
        _current = new CachedValue<Reading>(ReadAsync, clock, options.Refresh);
    }

    /// <summary>How often the database was read for figures (tests: at most once per refresh, never when off).</summary>
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>
    /// The latest snapshot, read again when older than the refresh; null when the database could not be read (logged).
    /// Gauge callbacks are synchronous: they wait for the read, which no exporter thread holds a context for.
    /// </summary>
    public OperationsSnapshot? Current() => _current.GetAsync().GetAwaiter().GetResult().Snapshot;

    public TimeSpan Age(DateTime at) => _clock.GetUtcNow().UtcDateTime - at;

    private async Task<Reading> ReadAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref _reads);
        try
        {
            return new Reading(await SnapshotAsync(ct));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Kept for a refresh like a good reading, so a database that is away costs one attempt per refresh.
            _log.LogWarning(e, "The operations figures could not be read; the console's gauges report nothing until the next refresh.");
            return new Reading(null);
        }
    }

    private async Task<OperationsSnapshot> SnapshotAsync(CancellationToken ct)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var calendar = await _calendars.GetAsync(ct);
        await using var db = await _contexts.CreateDbContextAsync(ct);
        var centres = await db.Centres.AsNoTracking().Select(c => c.Code).ToListAsync(ct);
        // Items of one centre due on one day share an SLA state: the filtered open index answers this alone.
        var open = await db.ReviewItems.AsNoTracking().Where(i => i.Outcome == null)
            .GroupBy(i => new { i.CentreCode, i.DueDate })
            .Select(g => new { g.Key.CentreCode, g.Key.DueDate, Count = g.Count() })
            .ToListAsync(ct);
        var mail = await db.Outbox.AsNoTracking().Where(m => m.SentAt == null)
            .GroupBy(m => m.Attempts > 0)
            .Select(g => new { Failed = g.Key, Count = g.Count(), Oldest = g.Min(m => m.CreatedAt) })
            .ToListAsync(ct);
        // Per subscription, so each count seeks the sender's index (SubscriptionId, DeliveredAt, …) instead of scanning
        // every delivery ever made.
        var hooks = await db.WebhookSubscriptions.AsNoTracking()
            .Select(s => new
            {
                s.State,
                Pending = db.WebhookDeliveries.Count(d => d.SubscriptionId == s.Id && d.DeliveredAt == null && d.FailedAttempts == 0),
                Failing = db.WebhookDeliveries.Count(d => d.SubscriptionId == s.Id && d.DeliveredAt == null && d.FailedAttempts > 0),
            })
            .ToListAsync(ct);
        var runs = await db.ExchangeRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(RunsLookedAt)
            .Select(r => new ExchangeRunTimes(r.Id, r.StartedAt, r.FinishedAt, r.Status, r.AcknowledgedAt))
            .ToListAsync(ct);

        // The queue's own rule (SPEC §4): a county centre's code is its county code, whose closures count.
        var today = RocDate.TaipeiDate(now);
        var states = open.Select(o => o.CentreCode).Concat(centres).Distinct(StringComparer.Ordinal)
            .ToDictionary(c => c, c => SlaDueDates.On(today, calendar, c), StringComparer.Ordinal);
        var counts = open.GroupBy(o => (o.CentreCode, State: states[o.CentreCode].StateOf(o.DueDate)))
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Count));
        List<OpenItems> openItems = [.. states.Keys.Order(StringComparer.Ordinal)
            .SelectMany(c => OpenStates.Select(s => new OpenItems(c, s, counts.GetValueOrDefault((c, s)))))];

        var pending = mail.FirstOrDefault(m => !m.Failed);
        var failed = mail.FirstOrDefault(m => m.Failed);
        var oldest = mail.Count == 0 ? (DateTime?)null : mail.Min(m => m.Oldest);
        var active = hooks.Where(h => h.State == WebhookState.Active).ToList();
        return new OperationsSnapshot(now, openItems,
            new OutboxBacklog(pending?.Count ?? 0, failed?.Count ?? 0, oldest),
            new WebhookBacklog(active.Sum(h => h.Pending), active.Sum(h => h.Failing), active.Count, hooks.Count - active.Count),
            Exchange(runs, now));
    }

    private static ExchangeFigures Exchange(List<ExchangeRunTimes> runs, DateTime now)
    {
        if (runs.Count == 0)
        {
            return ExchangeFigures.None;
        }

        var last = runs.MaxBy(r => (r.StartedAt, r.Id))!;
        var lastSuccess = runs.Where(r => r.Status == ExchangeRunStatus.Succeeded).Max(r => r.FinishedAt);
        var lastAcknowledged = runs.Where(r => r.AcknowledgedAt != null).Select(r => r.Id).DefaultIfEmpty(0).Max();
        var overdue = runs.Count(r => r is { Status: ExchangeRunStatus.Succeeded, FinishedAt: { } finished }
            && ExchangeAcknowledgement.IsOverdue(finished, r.AcknowledgedAt, lastAcknowledged > r.Id, now));
        return new ExchangeFigures(last.StartedAt, last.Status, lastSuccess, overdue);
    }

    private sealed record Reading(OperationsSnapshot? Snapshot);

    private sealed record ExchangeRunTimes(int Id, DateTime StartedAt, DateTime? FinishedAt, ExchangeRunStatus Status, DateTime? AcknowledgedAt);
}
