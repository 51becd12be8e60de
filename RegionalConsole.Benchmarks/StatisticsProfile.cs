using System.Diagnostics;
using System.Globalization;
using RegionalConsole.Auth;
using RegionalConsole.Domain;
using RegionalConsole.Features.Statistics;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// Where the statistics workbook's time goes on a seeded SQLite file or PostgreSQL database (all centres, or
/// <c>--centre CODE</c>): each statistic's query on its own (a fresh service,
/// so nothing is shared between them), then the whole report, the workbook written. One cold round
/// then <c>--runs</c> warm ones; each line gives the median of the warm ones.
/// </summary>
internal static class StatisticsProfile
{
    public static async Task<int> RunAsync(SeededDatabase database, int runs, string? centre)
    {
        var today = await database.SeedDayAsync();
        using var host = database.Host(today);
        using var client = host.CreateClient();
        var admin = new ConsoleUser(1, "admin", "admin", new AccessScope(ConsoleRole.Administrator, null, null));
        var filter = new StatisticsFilter(RocDate.Year(today), Centre: centre);
        Console.WriteLine($"Database {database.Name}; year {filter.Year}; centre {centre ?? "all"}; load {Load()}");

        var steps = new (string Name, Func<StatisticsService, StatisticsScope, Task<string>> Run)[]
        {
            ("backlog", async (s, scope) => $"{(await s.BacklogAsync(scope)).Count} rows"),
            ("compliance", async (s, scope) => $"{(await s.ComplianceAsync(scope)).Count} rows"),
            ("decision times", async (s, scope) => $"{(await s.DecisionTimesAsync(scope)).Count} rows"),
            ("tags", async (s, scope) => $"{(await s.TagsAsync(scope)).Count} rows"),
            ("cancellations", async (s, scope) => $"{(await s.CancellationsAsync(scope)).Count} rows"),
            ("county hours", async (s, scope) => $"{(await s.CountyHoursAsync(scope)).Count} rows"),
            ("preschool hours", async (s, scope) => $"{(await s.PreschoolHoursAsync(scope)).Count} rows"),
            ("case file (5,000 rows + count)", async (s, scope) => $"{(await s.CaseFileAsync(scope, StatisticsWorkbook.CaseFileSheetRows)).Total:N0} cases"),
        };
        var times = steps.Select(_ => Track([])).ToList();
        var sequential = Track([]);
        var report = Track([]);
        var build = Track([]);
        for (var n = 0; n <= runs; n++)
        {
            for (var i = 0; i < steps.Length; i++)
            {
                using var di = host.Services.CreateScope();
                var service = di.ServiceProvider.GetRequiredService<StatisticsService>();
                var scope = await service.ScopeAsync(admin, filter);
                _cpuAtStart = Cpu();
                var watch = Stopwatch.StartNew();
                var what = await steps[i].Run(service, scope);
                Record(n, times[i], watch, steps[i].Name, what);
            }

            using (var di = host.Services.CreateScope())
            {
                // The same queries one after another, for comparison with the report's side-by-side run.
                var service = di.ServiceProvider.GetRequiredService<StatisticsService>();
                _cpuAtStart = Cpu();
                var watch = Stopwatch.StartNew();
                var scope = await service.ScopeAsync(admin, filter);
                foreach (var step in steps)
                {
                    await step.Run(service, scope);
                }

                Record(n, sequential, watch, "every query, one after another", "");
            }

            using (var di = host.Services.CreateScope())
            {
                var service = di.ServiceProvider.GetRequiredService<StatisticsService>();
                _cpuAtStart = Cpu();
                var watch = Stopwatch.StartNew();
                var scope = await service.ScopeAsync(admin, filter);
                var whole = await service.ReportAsync(scope, StatisticsWorkbook.CaseFileSheetRows);
                Record(n, report, watch, "report (scope + every query)", $"{whole.CaseFile.Rows.Count:N0} case rows");
                watch.Restart();
                using var output = new MemoryStream();
                await StatisticsWorkbook.WriteAsync(output, whole);
                Record(n, build, watch, "workbook written", $"{output.Length / 1024.0:N0} KB");
            }
        }

        Console.WriteLine($"Medians of {runs} warm runs, wall and process CPU (load {Load()}):");
        foreach (var (name, list) in steps.Select((s, i) => (s.Name, times[i]))
                     .Append(("every query, one after another", sequential)).Append(("report (scope + every query)", report)).Append(("workbook written", build)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-32} {Median(list),8:N0} ms  CPU {Median(CpuTimes[list]),8:N0} ms"));
        }

        return 0;
    }

    private static void Record(int run, List<double> times, Stopwatch watch, string name, string what)
    {
        var ms = watch.Elapsed.TotalMilliseconds;
        // The process's CPU time over the same span: on a shared machine the wall time mostly measures the neighbours.
        var cpu = (Cpu() - _cpuAtStart).TotalMilliseconds;
        if (run > 0)
        {
            times.Add(ms);
            CpuTimes.GetValueOrDefault(times)?.Add(cpu);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {(run == 0 ? "(cold)" : $"run {run}")}: {ms:N0} ms, CPU {cpu:N0} ms, {what}, load {Load()}"));
        _cpuAtStart = Cpu();
    }

    private static readonly Dictionary<List<double>, List<double>> CpuTimes = [];
    private static TimeSpan _cpuAtStart;

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static List<double> Track(List<double> times)
    {
        CpuTimes[times] = [];
        return times;
    }

    private static double Median(List<double> times)
    {
        var sorted = times.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
