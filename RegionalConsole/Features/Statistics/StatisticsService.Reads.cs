using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;

namespace RegionalConsole.Features.Statistics;

public sealed partial class StatisticsService
{
    // EXPERIMENT: which way PostgreSQL runs the statistics of one request.
    private static readonly string PostgresMode = Environment.GetEnvironmentVariable("RC_STATS_PG") ?? "side";

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>A context for one statistic's query.</summary>
    private async Task<StatisticsRead> ReadAsync(CancellationToken ct)
    {
        var db = await contexts.CreateDbContextAsync(ct);
        if (!db.Database.IsNpgsql())
        {
            return new StatisticsRead(db, null);
        }

        SemaphoreSlim? gate = null;
        try
        {
            if (PostgresMode.Contains("seq", StringComparison.Ordinal))
            {
                await _oneAtATime.WaitAsync(ct);
                gate = _oneAtATime;
            }

            var settings = (PostgresMode.Contains("noparallel", StringComparison.Ordinal) ? "SET max_parallel_workers_per_gather = 0;" : "")
                + (PostgresMode.Contains("nojit", StringComparison.Ordinal) ? "SET jit = off;" : "");
            if (settings.Length > 0)
            {
                await db.Database.OpenConnectionAsync(ct);
                await db.Database.ExecuteSqlRawAsync(settings, ct);
            }

            return new StatisticsRead(db, gate);
        }
        catch
        {
            gate?.Release();
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>One statistic's context, and its turn on PostgreSQL, given back when disposed.</summary>
    private sealed class StatisticsRead(ConsoleDbContext db, SemaphoreSlim? turn) : IAsyncDisposable
    {
        public ConsoleDbContext Db => db;

        public async ValueTask DisposeAsync()
        {
            await db.DisposeAsync();
            turn?.Release();
        }
    }
}
