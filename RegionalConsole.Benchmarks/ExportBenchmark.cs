using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Domain;
using RegionalConsole.Features.Exports;
using RegionalConsole.Features.Statistics;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// Measured runs of the exports on a seeded SQLite file or PostgreSQL database (SPEC §9 targets): the raw export of 100,000 courses (≤1 s, ≤150 MB
/// peak) through <see cref="CourseListExport"/> and <see cref="StreamingExport"/>, and the whole statistics workbook
/// (≤2 s on 1,000,000 courses; ≤1 s for the busiest centre) as <c>GET /exports/statistics.xlsx</c> and the statistics page
/// as an administrator opens it (≤2 s) through the in-process server, SQL included;
/// <c>--only rosters</c> streams the roster export of as many attendees as <c>--courses</c>.
/// Each is run once cold and then <c>--runs</c> times; the peak is the process's resident memory sampled every 10 ms
/// above what it was before the run.
/// </summary>
internal static class ExportBenchmark
{
    public static async Task<int> RunAsync(SeededDatabase database, int runs, int courses, string only, bool profile = false)
    {
        var today = await database.SeedDayAsync();
        Console.WriteLine($"Database {database.Name}; today {today}; load {Load()}");
        using var host = database.Host(today);
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.GetAsync(new Uri("/dev-signin?as=admin", UriKind.Relative));

        if (only is "all" or "raw")
        {
            using var scope = host.Services.CreateScope();
            var statistics = scope.ServiceProvider.GetRequiredService<StatisticsService>();
            var export = scope.ServiceProvider.GetRequiredService<CourseListExport>();
            var admin = new ConsoleUser(1, "admin", "admin", new AccessScope(ConsoleRole.Administrator, null, null));
            var courseScope = await statistics.ScopeAsync(admin, new StatisticsFilter(RocDate.Year(today)));
            await MeasureAsync($"raw export of {courses:N0} courses", runs, async () =>
            {
                var output = new CountingStream();
                var rows = await StreamingExport.WriteAsync(output, "研習課程", RawExportColumns.Courses, export.RowsAsync(courseScope).Take(courses));
                return $"{rows:N0} rows, {output.Length / 1_048_576.0:N1} MB";
            });

            if (profile)
            {
                // Where the time goes: the query read to the end and dropped, then the writer alone on rows held in memory.
                await MeasureAsync($"raw export query alone, {courses:N0} courses", runs, async () =>
                {
                    var count = 0;
                    await foreach (var _ in export.RowsAsync(courseScope).Take(courses))
                    {
                        count++;
                    }

                    return $"{count:N0} rows";
                });
                // The floor under the query: the same SQL read column by column with the provider's reader, no EF.
                var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
                await MeasureAsync($"raw export SQL through a plain reader, {courses:N0} courses", runs, async () =>
                {
                    await using var db = await contexts.CreateDbContextAsync();
                    var connection = db.Database.GetDbConnection();
                    await connection.OpenAsync();
                    await using var command = connection.CreateCommand();
                    // Quoted names and date literals that both SQLite and PostgreSQL read.
                    command.CommandText = $"""
                        SELECT c."CourseNo", c."CentreCode", c."OrganiserCode", i."Name", c."Title", c."StartDate", c."EndDate", c."Status", c."EnrolledCount", c."CreatedAt"
                        FROM "Courses" c JOIN "Institutions" i ON i."Code" = c."OrganiserCode"
                        WHERE c."StartDate" >= '{courseScope.Filter.From:yyyy-MM-dd}' AND c."StartDate" < '{courseScope.Filter.Until:yyyy-MM-dd}'
                        ORDER BY c."Id" LIMIT {courses}
                        """;
                    await using var reader = await command.ExecuteReaderAsync();
                    var count = 0;
                    long chars = 0;
                    while (await reader.ReadAsync())
                    {
                        for (var f = 0; f < 10; f++)
                        {
                            // SQLite holds dates and instants as text; PostgreSQL as date and timestamp.
                            chars += f == 8 ? reader.GetInt32(f)
                                : reader.GetFieldType(f) == typeof(string) ? reader.GetString(f).Length : Convert.ToString(reader.GetValue(f), CultureInfo.InvariantCulture)!.Length;
                        }

                        count++;
                    }

                    return $"{count:N0} rows, {chars:N0} characters";
                });
                var held = await export.RowsAsync(courseScope).Take(courses).ToListAsync();
                await MeasureAsync($"raw export writer alone, {held.Count:N0} rows in memory", runs, async () =>
                {
                    var output = new CountingStream();
                    var rows = await StreamingExport.WriteAsync(output, "研習課程", RawExportColumns.Courses, held.ToAsyncEnumerable());
                    return $"{rows:N0} rows, {output.Length / 1_048_576.0:N1} MB";
                });
            }
        }

        if (only is "all" or "rosters")
        {
            using var scope = host.Services.CreateScope();
            var statistics = scope.ServiceProvider.GetRequiredService<StatisticsService>();
            var export = scope.ServiceProvider.GetRequiredService<RosterListExport>();
            var admin = new ConsoleUser(1, "admin", "admin", new AccessScope(ConsoleRole.Administrator, null, null));
            var rosterScope = await statistics.ScopeAsync(admin, new StatisticsFilter(RocDate.Year(today)));
            if (profile)
            {
                await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
                Console.WriteLine(RosterListExport.Query(db, rosterScope).ToQueryString());
            }

            await MeasureAsync($"roster export of {courses:N0} attendees", runs, async () =>
            {
                var output = new CountingStream();
                var rows = await StreamingExport.WriteAsync(output, "研習名單", RawExportColumns.Rosters(reveal: false), export.RowsAsync(rosterScope).Take(courses));
                return $"{rows:N0} rows, {output.Length / 1_048_576.0:N1} MB";
            });
        }

        if (only is "all" or "statistics")
        {
            var year = RocDate.Year(today);
            await MeasureAsync($"statistics workbook {year}, all centres", runs, async () =>
            {
                using var response = await client.GetAsync(new Uri($"/exports/statistics.xlsx?year={year}", UriKind.Relative));
                response.EnsureSuccessStatusCode();
                var bytes = await response.Content.ReadAsByteArrayAsync();
                return $"{bytes.Length / 1024.0:N0} KB";
            });
            string centre;
            await using (var db = database.CreateContext())
            {
                centre = await QueueDatabase.BusiestCentreAsync(db);
            }

            await MeasureAsync($"statistics workbook {year}, centre {centre}", runs, async () =>
            {
                using var response = await client.GetAsync(new Uri($"/exports/statistics.xlsx?year={year}&centre={centre}", UriKind.Relative));
                response.EnsureSuccessStatusCode();
                var bytes = await response.Content.ReadAsByteArrayAsync();
                return $"{bytes.Length / 1024.0:N0} KB";
            });
            // The page as an administrator opens it: the prerendered HTML holds every statistic.
            await MeasureAsync($"statistics page {year}, administrator", runs, async () =>
            {
                using var response = await client.GetAsync(new Uri($"/statistics?year={year}", UriKind.Relative));
                response.EnsureSuccessStatusCode();
                var html = await response.Content.ReadAsStringAsync();
                return html.Contains("stat-case-file", StringComparison.Ordinal) ? $"{html.Length / 1024.0:N0} KB of HTML" : "no statistics in the page";
            });
        }

        return 0;
    }

    /// <summary>One cold run then <paramref name="runs"/> warm ones, each printed; the warm ones' times returned.</summary>
    internal static async Task<Samples> MeasureAsync(string name, int runs, Func<Task<string>> run)
    {
        var times = new List<double>();
        var cpus = new List<double>();
        var loadBefore = Samples.Load();
        for (var n = 0; n <= runs; n++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using var process = Process.GetCurrentProcess();
            var before = process.WorkingSet64;
            long peak = before;
            using var stop = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    using var p = Process.GetCurrentProcess();
                    peak = Math.Max(peak, p.WorkingSet64);
                    await Task.Delay(10);
                }
            });
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var what = await run();
            watch.Stop();
            process.Refresh();
            cpu = process.TotalProcessorTime - cpu;
            await stop.CancelAsync();
            await sampler;
            if (n > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
                cpus.Add(cpu.TotalMilliseconds);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} {(n == 0 ? "(cold)" : $"run {n}")}: {watch.Elapsed.TotalMilliseconds:N0} ms (process CPU {cpu.TotalMilliseconds:N0} ms), {what}, peak +{(peak - before) / 1_048_576.0:N0} MB (process {peak / 1_048_576.0:N0} MB), load {Load()}"));
        }

        times.Sort();
        cpus.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: median {Samples.MedianOf(times):N0} ms (process CPU {Samples.MedianOf(cpus):N0} ms) over {times.Count} warm runs, load {Load()}"));
        return new Samples(times, cpus, loadBefore, Samples.Load());
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    /// <summary>Counts what is written and keeps nothing: the export's own memory, not a copy of the file.</summary>
    internal sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
