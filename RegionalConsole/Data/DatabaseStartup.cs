using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Seeding;

namespace RegionalConsole.Data;

/// <summary>Start-up: the schema is created or migrated, reference data ensured, demo data filled when asked (SPEC §12).</summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await services.MigrateDatabaseAsync(ct);
        var factory = services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        var config = services.GetRequiredService<IConfiguration>();
        var env = services.GetRequiredService<IHostEnvironment>();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (config.GetValue("Demo:Seed", env.IsDevelopment()) && !await db.Accounts.AnyAsync(ct))
        {
            var options = DemoOptions.From(config);
            await DemoData.FillAsync(factory, options, services.GetRequiredService<TimeProvider>(), ct);
        }

        if (db.Database.IsSqlite())
        {
            // Gives the planner statistics, so queue queries pick their indexes on a large file: every table whose
            // statistics are missing or stale (0x10000: all tables, not only those this connection has read), each read
            // within SQLite's own analysis limit, so a start on a large file stays quick.
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", ct);
        }
    }

    /// <summary>The schema and reference data only, without the demo set (the seed verb fills its own size).</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while one writer writes; it is a property of the file, set once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        await RefuseUnknownHistoryAsync(db, ct);
        await db.Database.MigrateAsync(ct);
        await ReferenceData.EnsureAsync(db, ct);
    }

    /// <summary>
    /// A database whose history names migrations this build does not have was made by another build: one from before
    /// the migrations were folded into <c>Baseline</c>, or a newer one. Migrating it would fail half-way on a table that
    /// exists already; this says what happened instead.
    /// </summary>
    private static async Task RefuseUnknownHistoryAsync(ConsoleDbContext db, CancellationToken ct)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database was made by another build of the console: it records migration(s) {string.Join(", ", unknown)}, "
                + $"which this build does not have (it has {string.Join(", ", known.Order(StringComparer.Ordinal))}). A development "
                + "database from before the migrations were folded into Baseline is not upgraded: delete it and start again. "
                + "Otherwise run the build that made it, or restore a backup taken with this build (README: Backups).");
        }
    }
}
