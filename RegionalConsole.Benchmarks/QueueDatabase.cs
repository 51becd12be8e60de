using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Data.Seeding;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// The large database the queue benchmarks read. On SQLite: RC_BENCH_QUEUE_DB when set (any seeded console file),
/// otherwise the demo seed of RC_BENCH_QUEUE_COURSES courses (1,000,000) in the temp folder, built once by the
/// bulk seed on the test clock and reused by later runs. With RC_BENCH_QUEUE_PROVIDER=postgres: the database
/// RC_BENCH_QUEUE_CONNECTION names (any seeded console database), or, when it names none, the database
/// rc_bench_queue_N on that server (RC_BENCH_POSTGRES unless set), built once the same way. Environment variables,
/// so that BenchmarkDotNet's child processes see them.
/// </summary>
internal static class QueueDatabase
{
    public const string PathVariable = "RC_BENCH_QUEUE_DB";
    public const string CoursesVariable = "RC_BENCH_QUEUE_COURSES";
    public const string ProviderVariable = "RC_BENCH_QUEUE_PROVIDER";
    public const string ConnectionVariable = "RC_BENCH_QUEUE_CONNECTION";

    public static int Courses => int.TryParse(Environment.GetEnvironmentVariable(CoursesVariable), CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;

    public static string Path => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path
        : System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"rc-bench-queue-{Courses}.db");

    private static BenchDatabase Database =>
        BenchDatabase.From(Environment.GetEnvironmentVariable(ProviderVariable), Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } c ? c : null);

    /// <summary>Where the queue data is: a SQLite file's path, or a seeded PostgreSQL database's connection string.</summary>
    public static Task<string> EnsureAsync() => Database.PostgresServer is { } server ? QueuePostgres.EnsureAsync(server, Courses) : EnsureFileAsync();

    /// <summary>A new context on the data per call; the options are built once, as the app's context factory builds them.</summary>
    public static Func<ConsoleDbContext> Contexts(string location)
    {
        if (Database.IsPostgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresConsoleDbContext>();
            DatabaseSetup.ConfigurePostgres(postgres, location);
            return () => new PostgresConsoleDbContext(postgres.Options);
        }

        var sqlite = Options(location);
        return () => new SqliteConsoleDbContext(sqlite);
    }

    /// <summary>The app on the data, with the clock at 10:00 in Taipei on <paramref name="today"/>.</summary>
    public static BenchHost Host(string location, DateOnly today) => Database.IsPostgres ? new BenchHost(today, location) : new BenchHost(location, today);

    private static async Task<string> EnsureFileAsync()
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
