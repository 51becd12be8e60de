using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;

namespace RegionalConsole.Benchmarks;

/// <summary>`queue-plan`: SQLite's EXPLAIN QUERY PLAN of the queue's first page for each filter, with the SQL EF sends.</summary>
internal static class QueuePlan
{
    public static async Task<int> RunAsync()
    {
        var path = await QueueDatabase.EnsureAsync();
        await using var db = new SqliteConsoleDbContext(QueueDatabase.Options(path));
        var today = await QueueDatabase.SeedDayAsync(db);
        var centre = await QueueDatabase.BusiestCentreAsync(db);
        Console.WriteLine($"Centre {centre}, today {today:yyyy-MM-dd}, {path}");
        foreach (var filter in Enum.GetValues<QueueFilter>())
        {
            var query = QueueQuery.FirstPage(db, centre, today, filter);
            await using var command = query.CreateDbCommand();
            Console.WriteLine($"\n== {filter}\n{command.CommandText}\n-- plan:");
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            await db.Database.OpenConnectionAsync();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine($"   {reader.GetValue(3)}");
            }
        }

        return 0;
    }
}
