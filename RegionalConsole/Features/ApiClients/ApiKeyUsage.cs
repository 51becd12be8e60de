using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;

namespace RegionalConsole.Features.ApiClients;

/// <summary>
/// Last-used time and request count per API key. Counting in memory and writing every
/// <see cref="FlushInterval"/> keeps the API's hot path free of a database write per request: on SQLite every
/// write takes the single writer lock, so a write per call would serialise partners' requests behind each other
/// and behind reviewers' decisions. One UPDATE per active key per interval costs nothing by comparison. The price
/// is that a crash loses at most one interval of counts, which is statistics, not security: revocation and
/// rotation act on the key hash, which the handler reads on every request. The key list flushes before reading,
/// so administrators always see current figures.
/// </summary>
public sealed class ApiKeyUsage(IDbContextFactory<ConsoleDbContext> contexts, ILogger<ApiKeyUsage> logger) : BackgroundService
{
    internal static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private Dictionary<int, Tally> _pending = [];

    /// <summary>Counts one authenticated request of the key; never touches the database.</summary>
    public void Record(int clientId, DateTime atUtc)
    {
        lock (_gate)
        {
            _pending[clientId] = _pending.TryGetValue(clientId, out var tally)
                ? new Tally(tally.Requests + 1, atUtc > tally.LastUsedAt ? atUtc : tally.LastUsedAt)
                : new Tally(1, atUtc);
        }
    }

    /// <summary>Writes the counts gathered so far: one UPDATE per key used since the last flush.</summary>
    public async Task FlushAsync(CancellationToken ct = default)
    {
        Dictionary<int, Tally> batch;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            batch = _pending;
            _pending = [];
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        foreach (var (id, tally) in batch)
        {
            await db.ApiClients.Where(c => c.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.RequestCount, c => c.RequestCount + tally.Requests)
                .SetProperty(c => c.LastUsedAt, tally.LastUsedAt), ct);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushQuietlyAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushQuietlyAsync(cancellationToken);
    }

    private async Task FlushQuietlyAsync(CancellationToken ct)
    {
        try
        {
            await FlushAsync(ct);
        }
#pragma warning disable CA1031 // Usage figures must never stop the app; the next flush tries again with new counts.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogWarning(e, "API key usage could not be written.");
        }
    }

    private readonly record struct Tally(long Requests, DateTime LastUsedAt);
}
