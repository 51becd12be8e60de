using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Domain.Changes;
using RegionalConsole.Features.Changes;
using RegionalConsole.Features.Courses;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// Following the changes feed (target: 10,000 changes at 1,000 a page in ≤ 1 s, SPEC §14.2; SQLite or PostgreSQL): demo courses
/// submitted through the batch intake make the changes, then a partner's reader follows GET /api/v1/changes from the
/// beginning through the in-process server until a page is empty. Each page reads the course answer of every item.
/// </summary>
internal static class FeedBenchmark
{
    public static async Task<int> RunAsync(int changes, int limit, int runs, BenchDatabase database, bool profile = false)
    {
        await MeasureAsync(changes, limit, runs, database, profile);
        return 0;
    }

    /// <summary>The run, printed as it goes; the warm passes' times in milliseconds (for the national run's table).</summary>
    public static async Task<IReadOnlyList<double>> MeasureAsync(int changes, int limit, int runs, BenchDatabase database, bool profile = false)
    {
        using var host = new BenchHost(institutions: 2_000, database: database);
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", BenchHost.ApiKey);
        var organisers = await WithDbAsync(host, db => db.Institutions.AsNoTracking().OrderBy(i => i.Code).ToListAsync());
        var bodies = DemoDrafts.Generate(changes, organisers, new Random(7)).Select(DemoDrafts.ToBody).ToArray();
        var caller = new ApiCaller("bench", IsAdministrator: true, new HashSet<string>(), CountyCode: null);
        foreach (var chunk in bodies.Chunk(CourseIntakeService.MaxBatchSize))
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CourseIntakeService>().SubmitBatchAsync(caller, new CourseBatchBody([.. chunk]), null, default);
        }

        var stored = await WithDbAsync(host, db => db.CourseChanges.CountAsync());
        Console.WriteLine($"{stored:N0} changes in the feed ({database.Name}); following at {limit:N0} a page, {runs} runs; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}:");
        var warm = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var (items, pages) = await FollowAsync(client, limit);
            watch.Stop();
            if (run > 0)
            {
                warm.Add(watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"{(run == 0 ? "warm-up" : $"run {run}")}: {items:N0} items in {pages} pages, {watch.Elapsed.TotalMilliseconds:N0} ms");
        }

        if (profile)
        {
            await ProfileAsync(host, caller, limit);
        }

        return warm;
    }

    /// <summary>Where a pass's time goes, in process: the pages' reads (changes and answers), then their JSON.</summary>
    private static async Task ProfileAsync(BenchHost host, ApiCaller caller, int limit)
    {
        var feed = host.Services.GetRequiredService<ChangesFeed>();
        var json = host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var (read, write, bytes, after) = (TimeSpan.Zero, TimeSpan.Zero, 0L, 0L);
        while (true)
        {
            var watch = Stopwatch.StartNew();
            var page = await feed.ReadAsync(caller, after, limit, default);
            read += watch.Elapsed;
            if (page.Items.Count == 0)
            {
                break;
            }

            watch.Restart();
            bytes += JsonSerializer.SerializeToUtf8Bytes(page, json).LongLength;
            write += watch.Elapsed;
            FeedCursor.TryDecode(page.Next, out after);
        }

        Console.WriteLine($"profile: reads {read.TotalMilliseconds:N0} ms, JSON {write.TotalMilliseconds:N0} ms ({bytes / 1_048_576.0:N1} MB)");
    }

    private static async Task<(int Items, int Pages)> FollowAsync(HttpClient client, int limit)
    {
        var (items, pages, after) = (0, 0, "");
        while (true)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/changes?limit={limit}&after={after}");
            var count = page.GetProperty("items").GetArrayLength();
            pages++;
            if (count == 0)
            {
                return (items, pages);
            }

            items += count;
            after = page.GetProperty("next").GetString()!;
        }
    }

    private static async Task<T> WithDbAsync<T>(BenchHost host, Func<ConsoleDbContext, Task<T>> query)
    {
        var factory = host.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await query(db);
    }
}
