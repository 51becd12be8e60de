using System.Diagnostics;
using System.Globalization;
using RegionalConsole.Auth;
using RegionalConsole.Domain;
using RegionalConsole.Features.Statistics;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// Where the statistics workbook's time goes on a seeded file: each statistic's query on its own (a fresh service,
/// so nothing is shared between them), then the whole report, the ClosedXML workbook and its saving. One cold round
/// then <c>--runs</c> warm ones; each line gives the median of the warm ones.
/// </summary>
internal static class StatisticsProfile
{
    public static async Task<int> RunAsync(string file, int runs)
    {
        DateOnly today;
        await using (var db = new Data.SqliteConsoleDbContext(QueueDatabase.Options(file)))
        {
            today = await QueueDatabase.SeedDayAsync(db);
        }

        using var host = new BenchHost(file, today);
        using var client = host.CreateClient();
        var admin = new ConsoleUser(1, "admin", "admin", new AccessScope(ConsoleRole.Administrator, null, null));
        var filter = new StatisticsFilter(RocDate.Year(today));
        Console.WriteLine($"Database {file}; year {filter.Year}; load {Load()}");

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
        var times = steps.Select(_ => new List<double>()).ToList();
        var report = new List<double>();
        var build = new List<double>();
        var save = new List<double>();
        for (var n = 0; n <= runs; n++)
        {
            for (var i = 0; i < steps.Length; i++)
            {
                using var di = host.Services.CreateScope();
                var service = di.ServiceProvider.GetRequiredService<StatisticsService>();
                var scope = await service.ScopeAsync(admin, filter);
                var watch = Stopwatch.StartNew();
                var what = await steps[i].Run(service, scope);
                Record(n, times[i], watch, steps[i].Name, what);
            }

            using (var di = host.Services.CreateScope())
            {
                var service = di.ServiceProvider.GetRequiredService<StatisticsService>();
                var watch = Stopwatch.StartNew();
                var scope = await service.ScopeAsync(admin, filter);
                var whole = await service.ReportAsync(scope, StatisticsWorkbook.CaseFileSheetRows);
                Record(n, report, watch, "report (scope + every query)", $"{whole.CaseFile.Rows.Count:N0} case rows");
                watch.Restart();
                using var workbook = StatisticsWorkbook.Build(whole);
                Record(n, build, watch, "workbook build", $"{workbook.Worksheets.Count} sheets");
                watch.Restart();
                using var output = new MemoryStream();
                workbook.SaveAs(output);
                Record(n, save, watch, "workbook save", $"{output.Length / 1024.0:N0} KB");
            }
        }

        Console.WriteLine($"Medians of {runs} warm runs (load {Load()}):");
        for (var i = 0; i < steps.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {steps[i].Name,-32} {Median(times[i]),8:N0} ms"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"report (scope + every query)",-32} {Median(report),8:N0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"workbook build",-32} {Median(build),8:N0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"workbook save",-32} {Median(save),8:N0} ms"));
        return 0;
    }

    private static void Record(int run, List<double> times, Stopwatch watch, string name, string what)
    {
        var ms = watch.Elapsed.TotalMilliseconds;
        if (run > 0)
        {
            times.Add(ms);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {(run == 0 ? "(cold)" : $"run {run}")}: {ms:N0} ms, {what}"));
    }

    private static double Median(List<double> times)
    {
        var sorted = times.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
