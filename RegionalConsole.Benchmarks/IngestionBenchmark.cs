using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Features.Api;
using RegionalConsole.Features.Courses;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// Batch ingestion (target ≥ 1,000 courses/s on either database): demo drafts submitted one after another through the real
/// intake path — <see cref="CourseIntakeService.SubmitAsync"/> in a DI scope per course, or with <c>--http</c> as
/// POST /api/v1/courses through the in-process server (JSON, API key, problem details) — on a fresh SQLite file or
/// PostgreSQL database (<see cref="BenchOptions"/>).
/// With <c>--batch N</c> the same drafts go N at a time through <see cref="CourseIntakeService.SubmitBatchAsync"/> or
/// POST /api/v1/courses/batch: one transaction and one queue notice per request.
/// Each submission checks the course, stores it with its version, segments, checks, review item, audit entry.
/// A measured run rather than a BenchmarkDotNet job: the database grows as it runs, which is the point.
/// </summary>
internal static class IngestionBenchmark
{
    /// <summary>
    /// Courses sent before the clock starts. In batches, forty requests of fifty: the tiered JIT recompiles a method
    /// after about thirty calls, and a measured run of ten requests of 500 otherwise timed the request path while it was
    /// still being compiled (a third of a profile's samples in the JIT), unlike a server that has run for a while.
    /// </summary>
    private static int WarmUpOf(int batch) => batch > 1 ? 2_000 : 200;

    private const int WarmUpBatch = 50;

    public static async Task<int> RunAsync(int courses, bool http, int parallel, int batch, BenchDatabase database) =>
        (await MeasureAsync(courses, http, parallel, batch, database)).Created == courses ? 0 : 1;

    /// <summary>The run, printed as it goes; its figures for a summary table (the national run).</summary>
    public static async Task<IngestionFigure> MeasureAsync(int courses, bool http, int parallel, int batch, BenchDatabase database)
    {
        using var host = new BenchHost(institutions: 2_000, database: database);
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", BenchHost.ApiKey);
        var organisers = await WithDbAsync(host, db => db.Institutions.AsNoTracking().OrderBy(i => i.Code).ToListAsync());
        var warmUp = WarmUpOf(batch);
        var drafts = DemoDrafts.Generate(warmUp + courses, organisers, new Random(7));
        var bodies = drafts.Select(DemoDrafts.ToBody).ToArray();
        var caller = new ApiCaller("bench", IsAdministrator: true, new HashSet<string>(), CountyCode: null);

        var refusals = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        async Task<bool> SubmitAsync(CourseBody body, CancellationToken ct)
        {
            int? status;
            if (http)
            {
                using var response = await client.PostAsJsonAsync("/api/v1/courses", body, ct);
                status = (int)response.StatusCode;
            }
            else
            {
                await using var scope = host.Services.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<CourseIntakeService>().SubmitAsync(caller, body, null, ct);
                status = result.Answer?.Status ?? result.Refusal?.Status;
                if (result.Refusal is { } refusal)
                {
                    var problem = ApiAnswers.Problem(refusal);
                    refusals.AddOrUpdate($"{status} {problem.Detail} {string.Join("; ", (problem as HttpValidationProblemDetails)?.Errors.Select(e => e.Key + ": " + string.Join(",", e.Value)) ?? [])}", 1, (_, n) => n + 1);
                }
            }

            return status == StatusCodes.Status201Created;
        }

        // With --batch: POST /api/v1/courses/batch (or CourseIntakeService.SubmitBatchAsync), batch courses a request.
        async Task<int> SubmitBatchAsync(CourseBody[] chunk, CancellationToken ct)
        {
            var request = new CourseBatchBody([.. chunk]);
            CourseBatchAnswer? answer;
            if (http)
            {
                using var response = await client.PostAsJsonAsync("/api/v1/courses/batch", request, ct);
                answer = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<CourseBatchAnswer>(ct) : null;
            }
            else
            {
                await using var scope = host.Services.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<CourseIntakeService>().SubmitBatchAsync(caller, request, null, ct);
                answer = result.Answer?.Body as CourseBatchAnswer;
            }

            foreach (var refused in answer?.Results.Where(r => r.Problem is not null) ?? [])
            {
                refusals.AddOrUpdate($"{refused.Status} {refused.Problem!.Detail} {string.Join("; ", refused.Problem.Errors?.Keys ?? [])}", 1, (_, n) => n + 1);
            }

            return answer?.Created ?? 0;
        }

        if (batch > 1)
        {
            foreach (var chunk in bodies[..warmUp].Chunk(WarmUpBatch))
            {
                await SubmitBatchAsync(chunk, CancellationToken.None);
            }
        }
        else
        {
            foreach (var body in bodies[..warmUp])
            {
                await SubmitAsync(body, CancellationToken.None);
            }
        }

        var created = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel };
        if (batch > 1)
        {
            await Parallel.ForEachAsync(bodies[warmUp..].Chunk(batch), options, async (chunk, ct) =>
                Interlocked.Add(ref created, await SubmitBatchAsync(chunk, ct)));
        }
        else
        {
            await Parallel.ForEachAsync(bodies[warmUp..], options, async (body, ct) =>
            {
                if (await SubmitAsync(body, ct))
                {
                    Interlocked.Increment(ref created);
                }
            });
        }
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        var stored = await WithDbAsync(host, db => db.Courses.CountAsync());
        var path = (http, batch > 1) switch
        {
            (true, true) => $"POST /api/v1/courses/batch, {batch} courses a request (in-process HTTP)",
            (true, false) => "POST /api/v1/courses (in-process HTTP)",
            (false, true) => $"CourseIntakeService.SubmitBatchAsync, {batch} courses a call",
            (false, false) => "CourseIntakeService.SubmitAsync",
        };
        Console.WriteLine($"Ingestion through {path}, {parallel} at a time, {database.Name}, after {warmUp:N0} warm-up courses; load average {Load()}:");
        Console.WriteLine($"  {courses:N0} submitted, {created:N0} created ({stored:N0} courses stored) in {watch.Elapsed.TotalSeconds:N2} s");
        Console.WriteLine($"  {courses / watch.Elapsed.TotalSeconds:N0} courses/s; {cpu.TotalMilliseconds / courses:N2} ms of CPU per course (all threads)");
        foreach (var (refusal, count) in refusals.OrderByDescending(r => r.Value).Take(5))
        {
            Console.WriteLine($"  refused {count}×: {refusal}");
        }

        return new IngestionFigure(courses, created, watch.Elapsed, cpu);
    }

    /// <summary>What a run measured: courses submitted and created, wall time and the process's CPU time.</summary>
    public sealed record IngestionFigure(int Courses, int Created, TimeSpan Elapsed, TimeSpan Cpu)
    {
        public double PerSecond => Courses / Elapsed.TotalSeconds;
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static async Task<T> WithDbAsync<T>(BenchHost host, Func<ConsoleDbContext, Task<T>> query)
    {
        var factory = host.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await query(db);
    }
}
