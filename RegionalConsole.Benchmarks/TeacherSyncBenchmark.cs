using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Seeding;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// The nightly teacher sync (SPEC §14.1, target 200,000 teachers in ≤ 60 s on SQLite): N teachers through
/// POST /api/v1/teachers/batch over in-process HTTP, 5,000 a request one after another, on a fresh database with the
/// demo institutions; then the same N again, all unchanged (what a nightly run that finds nothing new costs).
/// A measured run rather than a BenchmarkDotNet job: the table grows as it runs, which is the point.
/// </summary>
internal static class TeacherSyncBenchmark
{
    private const int BatchSize = 5_000;

    private sealed record Item(string NationalId, string Name, string? ServingInstitutionCode, bool? PreschoolEducator);

    public static async Task<int> RunAsync(int count, BenchDatabase database)
    {
        var figure = await MeasureAsync(count, database);
        return figure.Accepted == count && figure.Unchanged == count ? 0 : 1;
    }

    /// <summary>What a run measured: the first pass (new teachers) and the second (all unchanged), wall and CPU time.</summary>
    public sealed record SyncFigure(int Count, int Accepted, int Unchanged, TimeSpan First, TimeSpan FirstCpu, TimeSpan Again, TimeSpan AgainCpu);

    /// <summary>The run, printed as it goes; its figures for a summary table (the national run).</summary>
    public static async Task<SyncFigure> MeasureAsync(int count, BenchDatabase database)
    {
        using var host = new BenchHost(institutions: 2_000, database: database);
        using var client = host.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(10);
        client.DefaultRequestHeaders.Add("X-Api-Key", BenchHost.ApiKey);
        var schools = await WithDbAsync(host, db => db.Institutions.AsNoTracking().OrderBy(i => i.Code).Select(i => i.Code).ToListAsync());
        var known = await WithDbAsync(host, db => db.Teachers.Select(t => t.NationalId).ToListAsync());
        var teachers = Generate(count + 200, schools, known.ToHashSet(StringComparer.Ordinal));

        await SendAsync(client, teachers[..200]); // warm-up: JIT, connection pools, the first pages of the tables
        var items = teachers[200..];
        var (first, firstAnswer, firstCpu) = await TimedAsync(client, items);
        var (again, againAnswer, againCpu) = await TimedAsync(client, items);

        var stored = await WithDbAsync(host, db => db.Teachers.CountAsync());
        Console.WriteLine($"Teacher sync through POST /api/v1/teachers/batch, {BatchSize:N0} a request, one at a time (in-process HTTP), {database.Name}:");
        Console.WriteLine($"  new:       {count:N0} sent, {firstAnswer.Accepted:N0} accepted, {firstAnswer.Refused:N0} refused in {first.TotalSeconds:N1} s ({count / first.TotalSeconds:N0} teachers/s), {firstCpu.TotalSeconds:N1} s of CPU");
        Console.WriteLine($"  unchanged: {count:N0} sent, {againAnswer.Unchanged:N0} unchanged, {againAnswer.Accepted:N0} accepted in {again.TotalSeconds:N1} s ({count / again.TotalSeconds:N0} teachers/s), {againCpu.TotalSeconds:N1} s of CPU");
        Console.WriteLine($"  {stored:N0} teachers stored; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        return new SyncFigure(count, firstAnswer.Accepted, againAnswer.Unchanged, first, firstCpu, again, againCpu);
    }

    /// <summary>Wall time, and the process's CPU time (client and server: both run here), which a busy machine does not inflate.</summary>
    private static async Task<(TimeSpan Elapsed, (int Accepted, int Refused, int Unchanged) Totals, TimeSpan Cpu)> TimedAsync(HttpClient client, Item[] items)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var totals = await SendAsync(client, items);
        return (watch.Elapsed, totals, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    private static async Task<(int Accepted, int Refused, int Unchanged)> SendAsync(HttpClient client, Item[] items)
    {
        var (accepted, refused, unchanged) = (0, 0, 0);
        foreach (var chunk in items.Chunk(BatchSize))
        {
            using var response = await client.PostAsJsonAsync("/api/v1/teachers/batch", new { teachers = chunk });
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
            accepted += answer.GetProperty("accepted").GetInt32();
            refused += answer.GetProperty("refused").GetInt32();
            unchanged += answer.GetProperty("unchanged").GetInt32();
        }

        return (accepted, refused, unchanged);
    }

    /// <summary>Distinct valid national IDs, about 3% serving nowhere and 5% flagged as preschool educators.</summary>
    private static Item[] Generate(int count, IReadOnlyList<string> schools, HashSet<string> taken)
    {
        var random = new Random(16);
        var items = new List<Item>(count);
        while (items.Count < count)
        {
            var id = DemoPeople.NationalIdFor(random);
            if (taken.Add(id))
            {
                items.Add(new Item(id, $"教師{items.Count:D6}", random.Next(100) < 3 ? null : schools[random.Next(schools.Count)],
                    random.Next(100) < 5 ? true : null));
            }
        }

        return [.. items];
    }

    private static async Task<T> WithDbAsync<T>(BenchHost host, Func<ConsoleDbContext, Task<T>> query)
    {
        var factory = host.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await query(db);
    }
}
