using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// The first page (25) of the busiest centre's open course queue in SLA order, with a filter, on the 1M-course
/// SQLite file or PostgreSQL database (<see cref="QueueDatabase"/>), as one plain EF query: the shape to compare the app's
/// <see cref="QueueServiceBenchmarks"/> with (target ≤ 10 ms median). A new context per query, as the app makes one
/// per operation; the file is warm in the OS cache after the warm-up, as a server's would be.
/// </summary>
public class QueueQueryBenchmarks
{
    private Func<ConsoleDbContext> _contexts = null!;
    private string _centre = "";
    private DateOnly _today;

    [Params(QueueFilter.None, QueueFilter.WithErrors, QueueFilter.Unassigned)]
    public QueueFilter Filter { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var path = await QueueDatabase.EnsureAsync();
        _contexts = QueueDatabase.Contexts(path);
        await using var db = _contexts();
        _today = await QueueDatabase.SeedDayAsync(db);
        _centre = await QueueDatabase.BusiestCentreAsync(db);
        Console.WriteLine($"// Queue of centre {_centre} on {_today:yyyy-MM-dd} in {db.Database.ProviderName}: {db.Database.GetDbConnection().DataSource}/{db.Database.GetDbConnection().Database}");
    }

    [Benchmark]
    public async Task<int> FirstPage()
    {
        await using var db = _contexts();
        return (await QueueQuery.FirstPage(db, _centre, _today, Filter).AsNoTracking().ToListAsync()).Count;
    }
}
