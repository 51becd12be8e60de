using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using RegionalConsole.Data;
using RegionalConsole.Data.Seeding;

namespace RegionalConsole.Benchmarks;

/// <summary>The queue benchmarks' PostgreSQL database (<see cref="QueueDatabase"/>): a seeded one named, or one built once.</summary>
internal static class QueuePostgres
{
    public static async Task<string> EnsureAsync(string connection, int courses)
    {
        var named = new NpgsqlConnectionStringBuilder(connection);
        if (named.Database is { Length: > 0 } database && database != "postgres")
        {
            return connection;
        }

        var name = $"rc_bench_queue_{courses}";
        var target = new NpgsqlConnectionStringBuilder(connection) { Database = name }.ConnectionString;
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        if (await ScalarAsync(admin, $"SELECT count(*) FROM pg_database WHERE datname = '{name}'") > 0)
        {
            return target;
        }

        // Built under another name and renamed when complete, so that an interrupted build is never reused.
        var building = name + "_building";
        await ScalarAsync(admin, $"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
        Console.WriteLine($"Building the queue database: {courses:N0} demo courses into {name} (once) ...");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var buildingConnection = new NpgsqlConnectionStringBuilder(connection) { Database = building }.ConnectionString;
        await using (var services = new ServiceCollection()
            .AddDbContextFactory<PostgresConsoleDbContext>(o => DatabaseSetup.ConfigurePostgres(o, buildingConnection))
            .AddSingleton<IDbContextFactory<ConsoleDbContext>, ConsoleDbContextFactory<PostgresConsoleDbContext>>()
            .BuildServiceProvider())
        {
            await services.MigrateDatabaseAsync();
            var factory = services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
            await DemoData.FillAsync(factory, new DemoOptions(Courses: courses), new FakeTimeProvider(DemoDrafts.Now), CancellationToken.None);
            await using var db = await factory.CreateDbContextAsync();
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }

        NpgsqlConnection.ClearAllPools();
        await ScalarAsync(admin, $"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
        Console.WriteLine($"Built in {watch.Elapsed.TotalSeconds:N0} s.");
        return target;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is long n ? n : 0;
    }
}
