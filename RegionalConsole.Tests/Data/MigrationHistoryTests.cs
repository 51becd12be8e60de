using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data;

namespace RegionalConsole.Tests.Data;

/// <summary>Start-up on a database another build made: a clear refusal, not a migration failing half-way.</summary>
public sealed class MigrationHistoryTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"rc-history-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task ADatabaseRecordingAMigrationThisBuildLacksIsRefusedByNameAndLeftAsItWas()
    {
        await using (var services = Services())
        {
            await services.MigrateDatabaseAsync();
        }

        // As a development file from before the migrations were folded into one Baseline records its history.
        Sql("INSERT INTO \"__EFMigrationsHistory\" VALUES ('20261101000000_StudyRecordsByCentre', '10.0.0')");
        var tables = (long)Sql("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")!;

        await using (var services = Services())
        {
            var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => services.MigrateDatabaseAsync());
            Assert.Contains("20261101000000_StudyRecordsByCentre", refusal.Message, StringComparison.Ordinal);
            Assert.Contains("delete it", refusal.Message, StringComparison.Ordinal);
        }

        Assert.Equal(tables, (long)Sql("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")!);
    }

    [Fact]
    public async Task ADatabaseThisBuildMadeStartsAgainWithoutComplaint()
    {
        await using (var services = Services())
        {
            await services.MigrateDatabaseAsync();
        }

        await using (var services = Services())
        {
            await services.MigrateDatabaseAsync();
            await using var db = await services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }

    private ServiceProvider Services() => new ServiceCollection()
        .AddDbContextFactory<SqliteConsoleDbContext>(o => DatabaseSetup.ConfigureSqlite(o, $"Data Source={_file}"))
        .AddSingleton<IDbContextFactory<ConsoleDbContext>, ConsoleDbContextFactory<SqliteConsoleDbContext>>()
        .BuildServiceProvider();

    /// <summary>Runs one statement on the file, outside the app, and answers its first value.</summary>
    private object? Sql(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
