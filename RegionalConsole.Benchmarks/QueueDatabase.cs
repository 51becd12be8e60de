using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Data.Seeding;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// The large SQLite file the queue benchmarks read: RC_BENCH_QUEUE_DB when set (any seeded console database),
/// otherwise the demo seed of RC_BENCH_QUEUE_COURSES courses (1,000,000) in the temp folder, built once by the
/// bulk seed on the test clock and reused by later runs.
/// </summary>
internal static class QueueDatabase
{
    public const string PathVariable = "RC_BENCH_QUEUE_DB";
    public const string CoursesVariable = "RC_BENCH_QUEUE_COURSES";

    public static int Courses => int.TryParse(Environment.GetEnvironmentVariable(CoursesVariable), CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;

    public static string Path => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path
        : System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"rc-bench-queue-{Courses}.db");

    public static async Task<string> EnsureAsync()
    {
        var path = Path;
        if (File.Exists(path))
        {
            return path;
        }

        // Built under another name and renamed when complete, so that an interrupted build is never reused.
        var building = path + ".building";
        File.Delete(building);
        Console.WriteLine($"Building the queue database: {Courses:N0} demo courses into {path} (once) ...");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using (var services = new ServiceCollection()
            .AddDbContextFactory<SqliteConsoleDbContext>(o => DatabaseSetup.ConfigureSqlite(o, $"Data Source={building}"))
            .AddSingleton<IDbContextFactory<ConsoleDbContext>, ConsoleDbContextFactory<SqliteConsoleDbContext>>()
            .BuildServiceProvider())
        {
            await services.MigrateDatabaseAsync();
            var factory = services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
            await DemoData.FillAsync(factory, new DemoOptions(Courses: Courses), new FakeTimeProvider(DemoDrafts.Now), CancellationToken.None);
            await using var db = await factory.CreateDbContextAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
        }

        SqliteConnection.ClearAllPools();
        File.Move(building, path);
        Console.WriteLine($"Built in {watch.Elapsed.TotalSeconds:N0} s.");
        return path;
    }

    /// <summary>Build once; a context per query from them costs what the app's context factory costs.</summary>
    public static DbContextOptions<SqliteConsoleDbContext> Options(string path)
    {
        var options = new DbContextOptionsBuilder<SqliteConsoleDbContext>();
        DatabaseSetup.ConfigureSqlite(options, $"Data Source={path}");
        return options.Options;
    }

    /// <summary>The day the data was seeded (its latest submission, in Taipei): "today" for the queue's overdue split.</summary>
    public static async Task<DateOnly> SeedDayAsync(ConsoleDbContext db) =>
        Domain.RocDate.TaipeiDate(await db.ReviewItems.MaxAsync(i => i.SubmittedAt));

    /// <summary>The centre with the longest open course queue: the worst first page.</summary>
    public static async Task<string> BusiestCentreAsync(ConsoleDbContext db) =>
        await db.ReviewItems.Where(i => i.Kind == ReviewKind.Course && i.Outcome == null)
            .GroupBy(i => i.CentreCode).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
}
