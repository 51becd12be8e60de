using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// Performance targets of RegionalConsole, measured (see README.md beside this file).
/// <code>
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- --filter '*'            every BenchmarkDotNet benchmark
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- --quick --filter '*'    short jobs in process, 100k-course queue
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- ingest [--courses 5000] [--http] [--parallel 1] [--batch 500]
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- teachers [--count 200000]
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- feed [--changes 10000] [--limit 1000] [--runs 3] [--profile]
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- exports --db PATH|--provider postgres --connection CONN [--runs 3] [--courses 100000] [--only raw|rosters|statistics] [--profile]
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- circuits [--circuits 200] [--clicks 200] [--parallel 4] [--courses 20000] [--path /queues/course] [--hold SECONDS] [--browser-nice N]
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- statistics-profile --db PATH|--provider postgres --connection CONN [--runs 3] [--centre CODE]   each statistic's time
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- national [--courses 1000000] [--sqlite-db PATH] [--postgres-db CONN] [--only sqlite|postgres] [--runs 3] [--queue-calls 30] [--no-small] [--keep] [--queue-only] [--out PATH]   the Performance table, both databases, one run
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- queue-plan              EXPLAIN QUERY PLAN of the queue page
/// ingest, teachers, feed, circuits: [--provider sqlite|postgres] [--connection CONN] (BenchOptions; ./bench-postgres.sh).
/// Queue database: --queue-db PATH (any seeded console file) or --queue-courses N (built once in the temp folder);
/// on PostgreSQL --queue-provider postgres [--queue-connection CONN] (a server, or a seeded database on it).
/// </code>
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        var rest = new List<string>();
        var quick = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--queue-db" when i + 1 < args.Length:
                    Environment.SetEnvironmentVariable(QueueDatabase.PathVariable, Path.GetFullPath(args[++i]));
                    break;
                case "--queue-courses" when i + 1 < args.Length:
                    Environment.SetEnvironmentVariable(QueueDatabase.CoursesVariable, args[++i]);
                    break;
                case "--queue-provider" when i + 1 < args.Length:
                    Environment.SetEnvironmentVariable(QueueDatabase.ProviderVariable, args[++i]);
                    break;
                case "--queue-connection" when i + 1 < args.Length:
                    Environment.SetEnvironmentVariable(QueueDatabase.ConnectionVariable, args[++i]);
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (quick && Environment.GetEnvironmentVariable(QueueDatabase.CoursesVariable) is null)
        {
            Environment.SetEnvironmentVariable(QueueDatabase.CoursesVariable, "100000");
        }

        if (rest is ["ingest", .. var ingest])
        {
            var o = new BenchOptions(ingest);
            return await IngestionBenchmark.RunAsync(o.Int("--courses", 5_000), o.Flag("--http"), o.Int("--parallel", 1), o.Int("--batch", 1), o.Database);
        }

        if (rest is ["teachers", .. var sync])
        {
            var o = new BenchOptions(sync);
            return await TeacherSyncBenchmark.RunAsync(o.Int("--count", 200_000), o.Database);
        }

        if (rest is ["feed", .. var feed])
        {
            var o = new BenchOptions(feed);
            return await FeedBenchmark.RunAsync(o.Int("--changes", 10_000), o.Int("--limit", 1_000), o.Int("--runs", 3), o.Database,
                o.Flag("--profile"));
        }

        if (rest is ["exports", .. var export])
        {
            string Text(string name, string fallback) => export.IndexOf(name) is var at and >= 0 && at + 1 < export.Count ? export[at + 1] : fallback;
            return await ExportBenchmark.RunAsync(SeededDatabase.From(new BenchOptions(export)),
                int.Parse(Text("--runs", "3"), CultureInfo.InvariantCulture), int.Parse(Text("--courses", "100000"), CultureInfo.InvariantCulture),
                Text("--only", "all"), export.Contains("--profile"));
        }

        if (rest is ["national", .. var national])
        {
            return await NationalRun.RunAsync(new BenchOptions(national));
        }

        if (rest is ["circuits", .. var load])
        {
            var o = new BenchOptions(load);
            return await CircuitLoadRun.RunAsync(o.Int("--circuits", 200), o.Int("--clicks", 200), o.Int("--parallel", 4), o.Int("--courses", 20_000),
                o.Text("--path", CircuitLoadRun.QueuePath), o.Int("--hold", 0), o.Int("--browser-nice", 0), o.Database);
        }

        if (rest is ["statistics-profile", .. var profile])
        {
            string Text(string name, string fallback) => profile.IndexOf(name) is var at and >= 0 && at + 1 < profile.Count ? profile[at + 1] : fallback;
            return await StatisticsProfile.RunAsync(SeededDatabase.From(new BenchOptions(profile)), int.Parse(Text("--runs", "3"), CultureInfo.InvariantCulture),
                profile.Contains("--centre") ? Text("--centre", "") : null);
        }

        if (rest is ["queue-plan"])
        {
            return await QueuePlan.RunAsync();
        }

        var config = quick
            ? DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            : DefaultConfig.Instance;
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(DueDateBenchmarks).Assembly).Run([.. rest], config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
