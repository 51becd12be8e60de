using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Features.Queues;
using AppQueueFilter = RegionalConsole.Features.Queues.QueueFilter;
using AppQueueQuery = RegionalConsole.Features.Queues.QueueQuery;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// What a reviewer's queue page costs in the app: <see cref="QueueService.PageAsync"/> for the busiest centre's
/// reviewer on the 1M-course SQLite file or PostgreSQL database (<see cref="QueueDatabase"/>), first page in SLA order with one filter, its total
/// count and its rows. Target ≤ 10 ms median.
/// </summary>
public class QueueServiceBenchmarks
{
    private BenchHost _host = null!;
    private ConsoleUser _reviewer = null!;
    private AppQueueQuery _query = null!;

    [ParamsAllValues]
    public QueuePageFilter Filter { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var path = await QueueDatabase.EnsureAsync();
        string centre;
        DateOnly today;
        await using (var db = QueueDatabase.Contexts(path)())
        {
            today = await QueueDatabase.SeedDayAsync(db);
            centre = await QueueDatabase.BusiestCentreAsync(db);
        }

        _host = QueueDatabase.Host(path, today);
        await using var scope = _host.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.UserName == $"reviewer-{centre}-1");
            _reviewer = new ConsoleUser(account.Id, account.UserName, account.DisplayName,
                new AccessScope(account.Role, account.CentreCode, account.SupervisorScope));
        }

        _query = new AppQueueQuery(centre, ReviewKind.Course, QueuePageFilters.Of(Filter));
        Console.WriteLine($"// QueueService page of centre {centre} on {today:yyyy-MM-dd} for {_reviewer.UserName}");
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    [Benchmark]
    public async Task<int> FirstPage()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<QueueService>().PageAsync(_reviewer, _query);
        return page.Rows.Count;
    }
}
