using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;

namespace RegionalConsole.Features.Statistics;

public sealed partial class StatisticsService
{
    /// <summary>
    /// PostgreSQL's settings for one statistic's query. The statistics of a page or workbook run side by side (the page's
    /// panels load at once, <see cref="ReportAsync"/> starts every query together), which already keeps the cores busy:
    /// parallel workers on top only add processes that compete for the same cores (and for other users' sessions),
    /// and compiling a plan (JIT) took 75–180 ms of the tag and case-file queries on a national year before their
    /// indexes, more than it saved. Side by side beat one query after another with workers on 1,000,000 courses
    /// (README, Performance).
    /// </summary>
    private const string PostgresSettings = "SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL jit = off;";

    /// <summary>
    /// A context for one statistic's query. On PostgreSQL it holds a transaction, so that the settings above (SET LOCAL)
    /// end with it and never reach a pooled connection's next user; it is rolled back when the context is disposed.
    /// </summary>
    private async Task<ConsoleDbContext> ReadAsync(CancellationToken ct)
    {
        var db = await contexts.CreateDbContextAsync(ct);
        if (!db.Database.IsNpgsql())
        {
            return db;
        }

        try
        {
            await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync(PostgresSettings, ct);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}
