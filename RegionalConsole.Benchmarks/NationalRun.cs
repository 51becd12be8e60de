using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// The README's Performance table from ONE run, both databases one after the other (issue #18):
/// <code>
/// ./bench-postgres.sh run dotnet run -c Release --project RegionalConsole.Benchmarks -- national [--courses 1000000]
///     [--sqlite-db PATH] [--postgres-db CONN_WITH_DATABASE] [--only sqlite|postgres] [--runs 3] [--queue-calls 30]
///     [--no-small] [--keep] [--queue-only] [--out PATH]
/// </code>
/// For each database: seed <c>--courses</c> into a fresh one by the app's own <c>seed</c> verb (timed), or reuse the
/// seeded one named; measure on it (<see cref="NationalMeasures"/>); then, on fresh small databases, batch ingestion over
/// HTTP, the teacher sync and the changes feed, as their own verbs run them. The load average is read before and after
/// each measurement; the table (target | SQLite | PostgreSQL | load) is printed and written to <c>--out</c>.
/// <c>--queue-only</c> measures the queue page alone on each database (with <c>--no-small</c>: nothing else).
/// </summary>
internal static class NationalRun
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var courses = options.Int("--courses", 1_000_000);
        var runs = options.Int("--runs", 3);
        var queueCalls = options.Int("--queue-calls", 30);
        var only = options.Text("--only", "both").ToLowerInvariant();
        var server = BenchDatabase.From("postgres", options.Text("--connection")).PostgresServer!;
        var started = DateTimeOffset.UtcNow;
        // At the start: the tree may move on while a long run measures the build made from it.
        var commit = Commit();
        var startLoad = LoadAverages();
        var table = new NationalTable();
        var measured = new List<string>();
        var watch = Stopwatch.StartNew();

        foreach (var column in NationalTable.Databases)
        {
            var postgres = column == "PostgreSQL";
            if (only != "both" && only != (postgres ? "postgres" : "sqlite"))
            {
                continue;
            }

            var named = options.Text(postgres ? "--postgres-db" : "--sqlite-db");
            var (database, drop) = named is not null
                ? (postgres ? SeededDatabase.PostgresDatabase(named) : SeededDatabase.Sqlite(named), (Action?)null)
                : await SeedAsync(postgres, server, courses, column, table);
            try
            {
                measured.Add(await NationalMeasures.RunAsync(database, column, table, runs, queueCalls, options.Flag("--queue-only")) + (named is null ? " (seeded by this run)" : " (given)"));
            }
            finally
            {
                if (!options.Flag("--keep"))
                {
                    drop?.Invoke();
                }
            }

            if (!options.Flag("--no-small"))
            {
                await SmallAsync(postgres ? new BenchDatabase(server) : BenchDatabase.Sqlite, column, table, runs);
            }
        }

        var heading = string.Create(CultureInfo.InvariantCulture,
            $"Measured {started:yyyy-MM-dd HH:mm} UTC by `national` on commit {commit}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, on {string.Join("; ", measured)}; load average at the start {startLoad}, at the end {LoadAverages()}; the whole run took {watch.Elapsed.TotalMinutes:N0} min. Times are medians of {runs} warm runs after a cold one (the queue: {queueCalls} calls after 5 warm-up ones), their range, and the process's CPU time; load is the 1-minute average before→after each measurement.");
        var markdown = heading + Environment.NewLine + Environment.NewLine + table.ToMarkdown();
        Console.WriteLine();
        Console.WriteLine(markdown);
        if (options.Text("--out") is { } path)
        {
            await File.WriteAllTextAsync(path, markdown);
            Console.WriteLine($"Written to {Path.GetFullPath(path)}.");
        }

        return 0;
    }

    /// <summary>
    /// A fresh database seeded by the app's own verb, run as its own process (<c>RegionalConsole seed --courses N</c>,
    /// the build beside this one): the same path and the same start-up an operator's seed has. Returns how to drop it.
    /// </summary>
    private static async Task<(SeededDatabase Database, Action Drop)> SeedAsync(bool postgres, string server, int courses, string column, NationalTable table)
    {
        var name = $"rc_national_{courses}_{Guid.NewGuid().ToString("N")[..8]}";
        string connection;
        SeededDatabase database;
        Action drop;
        if (postgres)
        {
            connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            database = SeededDatabase.PostgresDatabase(connection);
            drop = () =>
            {
                NpgsqlConnection.ClearAllPools();
                using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
                admin.Open();
                using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
                command.ExecuteNonQuery();
            };
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), name + ".db");
            connection = $"Data Source={file}";
            database = SeededDatabase.Sqlite(file);
            drop = () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(file + suffix);
                }
            };
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "RegionalConsole.dll"), "seed", "--courses", courses.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["Database__Provider"] = postgres ? "Postgres" : "Sqlite";
        start.Environment["ConnectionStrings__Console"] = connection;
        Console.WriteLine($"== {column}: seeding {courses:N0} courses into {database.Name} ...");
        var loadBefore = Samples.Load();
        var watch = Stopwatch.StartNew();
        using (var process = Process.Start(start)!)
        {
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                drop();
                throw new InvalidOperationException($"The seed exited with {process.ExitCode}.");
            }
        }

        var seconds = watch.Elapsed.TotalSeconds;
        table.Add($"seed --courses {courses:N0} ≤ 5 min", column, new Samples([seconds], [], loadBefore, Samples.Load()), "s");
        return (database, drop);
    }

    /// <summary>
    /// On fresh small databases, as the <c>ingest</c>, <c>teachers</c> and <c>feed</c> verbs run them: 5,000 courses over
    /// HTTP 500 a request, 200,000 teachers 5,000 a request, and 10,000 changes followed 1,000 a page.
    /// </summary>
    private static async Task SmallAsync(BenchDatabase database, string column, NationalTable table, int runs)
    {
        // One partner sending request after request, then two at once (two systems syncing in the same minute): one
        // request keeps one core busy at a time, between the app and the database server.
        foreach (var parallel in new[] { 1, 2 })
        {
            var loadBefore = Samples.Load();
            var ingest = await IngestionBenchmark.MeasureAsync(5_000, http: true, parallel: parallel, batch: 500, database);
            table.Add($"batch ingestion over HTTP (5,000 courses, 500 a request, {parallel} at a time) ≥ 1,000 courses/s", column,
                string.Create(CultureInfo.InvariantCulture, $"**{ingest.PerSecond:N0} courses/s** ({ingest.Created:N0} created; CPU {ingest.Cpu.TotalMilliseconds / ingest.Courses:N2} ms a course)"),
                loadBefore, Samples.Load());
        }

        var syncLoad = Samples.Load();
        var sync = await TeacherSyncBenchmark.MeasureAsync(200_000, database);
        table.Add("teacher sync, 200,000 teachers ≤ 60 s", column,
            string.Create(CultureInfo.InvariantCulture, $"**{sync.First.TotalSeconds:N1} s** new (CPU {sync.FirstCpu.TotalSeconds:N1} s), {sync.Again.TotalSeconds:N1} s unchanged (CPU {sync.AgainCpu.TotalSeconds:N1} s); {sync.Accepted:N0} accepted, {sync.Unchanged:N0} unchanged"),
            syncLoad, Samples.Load());

        var feedLoad = Samples.Load();
        var feed = await FeedBenchmark.MeasureAsync(10_000, 1_000, runs, database);
        table.Add("changes feed, 10,000 changes at 1,000 a page ≤ 1 s", column, new Samples(feed, [], feedLoad, Samples.Load()));
    }

    /// <summary>The 1, 5 and 15-minute load averages, as <c>uptime</c> shows them.</summary>
    private static string LoadAverages() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>The commit measured (and "+changes" when the tree differs from it), or "?" outside a git checkout.</summary>
    private static string Commit()
    {
        try
        {
            string Git(string args)
            {
                var start = new ProcessStartInfo("git", args) { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEnd().Trim();
                process.WaitForExit();
                return process.ExitCode == 0 ? output : "";
            }

            var head = Git("rev-parse --short HEAD");
            return head.Length == 0 ? "?" : head + (Git("status --porcelain --untracked-files=no").Length > 0 ? "+changes" : "");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }
}
