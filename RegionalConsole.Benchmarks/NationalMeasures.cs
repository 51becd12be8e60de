using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Exports;
using RegionalConsole.Features.Queues;
using RegionalConsole.Features.Statistics;
using AppQueueFilter = RegionalConsole.Features.Queues.QueueFilter;
using AppQueueQuery = RegionalConsole.Features.Queues.QueueQuery;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// The national run's measurements on one seeded database (SQLite file or PostgreSQL): the statistics workbook and
/// page, the year's raw exports, the cancellation register and the queue's first page, each added to the table under
/// its target. The exports and the statistics go through <see cref="ExportBenchmark.MeasureAsync"/> (one cold run,
/// then <c>runs</c> warm ones); the queue page is timed in process as <see cref="QueueServiceBenchmarks"/> calls it.
/// </summary>
internal static class NationalMeasures
{
    /// <summary>
    /// Measures, adds the figures to <paramref name="table"/> and says what was measured (database, courses, year);
    /// with <paramref name="queueOnly"/> the queue page alone.
    /// </summary>
    public static async Task<string> RunAsync(SeededDatabase database, string column, NationalTable table, int runs, int queueCalls,
        bool queueOnly = false)
    {
        var today = await database.SeedDayAsync();
        var year = RocDate.Year(today);
        string centre;
        int count;
        await using (var db = database.CreateContext())
        {
            centre = await QueueDatabase.BusiestCentreAsync(db);
            count = await db.Courses.CountAsync();
        }

        // SeededDatabase.Name already says "PostgreSQL …"; a file is named by its path alone.
        var what = $"{(database.File is null ? "" : column + " ")}{database.Name}, {count:N0} courses, year {year}, busiest centre {centre}";
        Console.WriteLine($"== {what}; today {today}; load {Samples.Load()}");
        using var host = database.Host(today);
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.Timeout = TimeSpan.FromMinutes(10);
        await client.GetAsync(new Uri("/dev-signin?as=admin", UriKind.Relative));
        if (queueOnly)
        {
            await QueueAsync(host, database, centre, column, table, queueCalls);
            return what;
        }

        async Task<string> GetAsync(string path)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            var output = new ExportBenchmark.CountingStream();
            await response.Content.CopyToAsync(output);
            return $"{output.Length / 1024.0:N0} KB";
        }

        table.Add("statistics workbook, all centres ≤ 2 s", column,
            await ExportBenchmark.MeasureAsync($"statistics workbook {year}, all centres", runs, () => GetAsync($"/exports/statistics.xlsx?year={year}")));
        table.Add("statistics workbook, one centre ≤ 1 s", column,
            await ExportBenchmark.MeasureAsync($"statistics workbook {year}, centre {centre}", runs, () => GetAsync($"/exports/statistics.xlsx?year={year}&centre={centre}")));
        // What the page reads: the prerendered HTML of /statistics holds every statistic.
        table.Add("statistics page ≤ 2 s", column,
            await ExportBenchmark.MeasureAsync($"statistics page {year}", runs, () => GetAsync($"/statistics?year={year}")));

        using (var scope = host.Services.CreateScope())
        {
            var admin = new ConsoleUser(1, "admin", "admin", new AccessScope(ConsoleRole.Administrator, null, null));
            var statistics = scope.ServiceProvider.GetRequiredService<StatisticsService>();
            var yearScope = await statistics.ScopeAsync(admin, new StatisticsFilter(year));
            var courses = scope.ServiceProvider.GetRequiredService<CourseListExport>();
            long rows = 0;
            var raw = await ExportBenchmark.MeasureAsync($"raw courses export {year}", runs, async () =>
            {
                var output = new ExportBenchmark.CountingStream();
                rows = await StreamingExport.WriteAsync(output, "研習課程", RawExportColumns.Courses, courses.RowsAsync(yearScope));
                return $"{rows:N0} rows, {output.Length / 1_048_576.0:N1} MB";
            });
            table.Add("raw courses export of the year ≤ 1 s per 100,000 rows", column, PerHundredThousand(raw, rows), raw.LoadBefore, raw.LoadAfter);

            var rosters = scope.ServiceProvider.GetRequiredService<RosterListExport>();
            var roster = await ExportBenchmark.MeasureAsync($"roster export {year}", runs, async () =>
            {
                var output = new ExportBenchmark.CountingStream();
                rows = await StreamingExport.WriteAsync(output, "研習名單", RawExportColumns.Rosters(reveal: false), rosters.RowsAsync(yearScope));
                return $"{rows:N0} attendees, {output.Length / 1_048_576.0:N1} MB";
            });
            table.Add("national year's roster export ≤ 1 s per 100,000 rows", column, PerHundredThousand(roster, rows), roster.LoadBefore, roster.LoadAfter);
        }

        table.Add("cancellation register export ≤ 1 s", column,
            await ExportBenchmark.MeasureAsync("cancellation register export", runs, () => GetAsync("/exports/cancellations.xlsx")));

        await QueueAsync(host, database, centre, column, table, queueCalls);
        return what;
    }

    /// <summary>"**0.83 s** per 100,000 rows (… ; 412,345 rows)": the export's times scaled to 100,000 rows.</summary>
    private static string PerHundredThousand(Samples samples, long rows) =>
        rows == 0 ? "no rows" : samples.Scaled(100_000.0 / rows).Text() + $" per 100,000 of {rows:N0} rows";

    /// <summary>
    /// The busiest centre's first course-queue page (25 rows, SPEC §4 order) with its count, for its first reviewer:
    /// a few warm-up calls, then <paramref name="calls"/> timed ones per filter or search, one after another.
    /// </summary>
    private static async Task QueueAsync(BenchHost host, SeededDatabase database, string centre, string column, NationalTable table, int calls)
    {
        ConsoleUser reviewer;
        string courseNo;
        await using (var db = database.CreateContext())
        {
            var account = await db.Accounts.AsNoTracking().FirstAsync(a => a.UserName == $"reviewer-{centre}-1");
            reviewer = new ConsoleUser(account.Id, account.UserName, account.DisplayName, new AccessScope(account.Role, account.CentreCode, account.SupervisorScope));
            courseNo = await db.ReviewItems.Where(i => i.CentreCode == centre && i.Kind == ReviewKind.Course && i.Outcome == null)
                .OrderByDescending(i => i.Id).Select(i => i.Course!.CourseNo).FirstAsync() ?? "";
        }

        var filters = new (string Name, AppQueueFilter Filter)[]
        {
            ("no filter", new AppQueueFilter()),
            ("with errors", new AppQueueFilter { HasErrors = true }),
            ("unassigned", new AppQueueFilter { Assignee = AssigneeFilter.Unassigned }),
            ("mine", new AppQueueFilter { Assignee = AssigneeFilter.Mine }),
            ("overdue", new AppQueueFilter { State = QueueState.Overdue }),
            ("due soon", new AppQueueFilter { State = QueueState.DueSoon }),
            ("search 教學", new AppQueueFilter { Search = "教學" }),
            ($"search course number {courseNo[..Math.Min(8, courseNo.Length)]}…", new AppQueueFilter { Search = courseNo[..Math.Min(8, courseNo.Length)] }),
            ("organiser 國民小學", new AppQueueFilter { Organiser = "國民小學" }),
            ($"tag {TagDefaults.Bilingual} (declared by none: the whole open queue)", QueuePageFilters.Of(QueuePageFilter.Tag)),
            ($"tag {TagDefaults.International}", new AppQueueFilter { Tag = TagDefaults.International }),
            ("tag 教保專業 (its label, for 幼兒園教保專業知能)", new AppQueueFilter { Tag = "教保專業" }),
            ("search 12345 (no title holds it)", QueuePageFilters.Of(QueuePageFilter.SearchDigits)),
            ("search 量子力學 (no title holds it)", QueuePageFilters.Of(QueuePageFilter.SearchNothing)),
            ("organiser 嘉義縣立 (none in this centre)", QueuePageFilters.Of(QueuePageFilter.OrganiserElsewhere)),
        };
        var medians = new List<string>();
        var worst = (Name: "", Median: 0.0);
        var loadBefore = Samples.Load();
        foreach (var (name, filter) in filters)
        {
            var query = new AppQueueQuery(centre, ReviewKind.Course, filter);
            var times = new List<double>();
            var cpu = TimeSpan.Zero;
            for (var n = -5; n < calls; n++)
            {
                if (n == 0)
                {
                    cpu = Process.GetCurrentProcess().TotalProcessorTime;
                }

                await using var scope = host.Services.CreateAsyncScope();
                var watch = Stopwatch.StartNew();
                var page = await scope.ServiceProvider.GetRequiredService<QueueService>().PageAsync(reviewer, query);
                watch.Stop();
                if (n >= 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            // The process's CPU time a call, on average: what a busy machine does not inflate.
            var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / calls;
            var median = Samples.MedianOf(times);
            medians.Add($"{name} {median:N2} (CPU {cpuPerCall:N2})");
            worst = median > worst.Median ? (name, median) : worst;
            Console.WriteLine($"queue first page, {name}: median {median:N2} ms (min {times.Min():N2}, max {times.Max():N2}) over {calls} calls, CPU {cpuPerCall:N2} ms a call, load {Samples.Load()}");
        }

        table.Add("queue first page with its count, any filter or search ≤ 10 ms median", column,
            $"worst median **{worst.Median:N2} ms** ({worst.Name}); medians (and CPU a call) in ms: {string.Join(", ", medians)}; {calls} calls each", loadBefore, Samples.Load());
    }
}
