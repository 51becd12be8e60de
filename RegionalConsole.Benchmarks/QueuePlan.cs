using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;

namespace RegionalConsole.Benchmarks;

/// <summary>`queue-plan`: the database's plan of the queue's first page for each filter (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's
/// EXPLAIN ANALYZE with buffers), with the SQL EF sends.</summary>
internal static class QueuePlan
{
    public static async Task<int> RunAsync()
    {
        var path = await QueueDatabase.EnsureAsync();
        await using var db = QueueDatabase.Contexts(path)();
        var today = await QueueDatabase.SeedDayAsync(db);
        var centre = await QueueDatabase.BusiestCentreAsync(db);
        var sqlite = db.Database.IsSqlite();
        Console.WriteLine($"Centre {centre}, today {today:yyyy-MM-dd}, {db.Database.GetDbConnection().DataSource}/{db.Database.GetDbConnection().Database}");
        foreach (var filter in Enum.GetValues<QueueFilter>())
        {
            var query = QueueQuery.FirstPage(db, centre, today, filter);
            await using var command = query.CreateDbCommand();
            Console.WriteLine($"\n== {filter}\n{command.CommandText}\n-- plan:");
            command.CommandText = (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN (ANALYZE, BUFFERS) ") + command.CommandText;
            await db.Database.OpenConnectionAsync();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine($"   {reader.GetValue(sqlite ? 3 : 0)}");
            }
        }

        return 0;
    }
}
