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
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- teachers [--count 200000] [--provider postgres [--connection CONN]]
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- feed [--changes 10000] [--limit 1000] [--runs 3]
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- exports --db PATH|--provider postgres --connection CONN [--runs 3] [--courses 100000] [--only raw|rosters|statistics] [--profile]
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- circuits [--circuits 200] [--clicks 200] [--parallel 4] [--courses 20000] [--path /queues/course] [--hold SECONDS] [--browser-nice N]
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- statistics-profile --db PATH|--provider postgres --connection CONN [--runs 3] [--centre CODE]   each statistic's time
/// dotnet run -c Release --project RegionalConsole.Benchmarks -- queue-plan              EXPLAIN QUERY PLAN of the queue page
/// Queue database: --queue-db PATH (any seeded console file) or --queue-courses N (built once in the temp folder).
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
            int Option(string name, int fallback) => ingest.IndexOf(name) is var at and >= 0 && at + 1 < ingest.Count
                ? int.Parse(ingest[at + 1], CultureInfo.InvariantCulture) : fallback;
            return await IngestionBenchmark.RunAsync(Option("--courses", 5_000), ingest.Contains("--http"), Option("--parallel", 1),
                Option("--batch", 1));
        }

        if (rest is ["teachers", .. var sync])
        {
            string? Text(string name) => sync.IndexOf(name) is var at and >= 0 && at + 1 < sync.Count ? sync[at + 1] : null;
            var postgres = Text("--provider") is { } provider && provider.Equals("postgres", StringComparison.OrdinalIgnoreCase)
                ? Text("--connection") ?? "Host=127.0.0.1;Port=55433;Username=postgres"
                : null;
            return await TeacherSyncBenchmark.RunAsync(int.Parse(Text("--count") ?? "200000", CultureInfo.InvariantCulture), postgres);
        }

        if (rest is ["feed", .. var feed])
        {
            int Option(string name, int fallback) => feed.IndexOf(name) is var at and >= 0 && at + 1 < feed.Count
                ? int.Parse(feed[at + 1], CultureInfo.InvariantCulture) : fallback;
            return await FeedBenchmark.RunAsync(Option("--changes", 10_000), Option("--limit", 1_000), Option("--runs", 3));
        }

        if (rest is ["exports", .. var export])
        {
            string Text(string name, string fallback) => export.IndexOf(name) is var at and >= 0 && at + 1 < export.Count ? export[at + 1] : fallback;
            return await ExportBenchmark.RunAsync(BenchDatabase.From(export),
                int.Parse(Text("--runs", "3"), CultureInfo.InvariantCulture), int.Parse(Text("--courses", "100000"), CultureInfo.InvariantCulture),
                Text("--only", "all"), export.Contains("--profile"));
        }

        if (rest is ["circuits", .. var load])
        {
            int Option(string name, int fallback) => load.IndexOf(name) is var at and >= 0 && at + 1 < load.Count
                ? int.Parse(load[at + 1], CultureInfo.InvariantCulture) : fallback;
            return await CircuitLoadRun.RunAsync(Option("--circuits", 200), Option("--clicks", 200), Option("--parallel", 4), Option("--courses", 20_000),
                load.IndexOf("--path") is var p and >= 0 && p + 1 < load.Count ? load[p + 1] : CircuitLoadRun.QueuePath, Option("--hold", 0),
                Option("--browser-nice", 0));
        }

        if (rest is ["statistics-profile", .. var profile])
        {
            string Text(string name, string fallback) => profile.IndexOf(name) is var at and >= 0 && at + 1 < profile.Count ? profile[at + 1] : fallback;
            return await StatisticsProfile.RunAsync(BenchDatabase.From(profile), int.Parse(Text("--runs", "3"), CultureInfo.InvariantCulture),
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
