using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;

namespace RegionalConsole.Tests.Support;

/// <summary>
/// A SQLite file for component tests whose components read through a concrete service (e.g. the reason template menu):
/// made on first use, so a test that never reads pays nothing; deleted with the test's services.
/// </summary>
public sealed class ComponentDatabase : IDbContextFactory<ConsoleDbContext>, IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"rc-component-{Guid.NewGuid():N}.db");
    private readonly Lock _gate = new();
    private DbContextOptions<SqliteConsoleDbContext>? _options;

    public ConsoleDbContext CreateDbContext()
    {
        lock (_gate)
        {
            if (_options is null)
            {
                _options = new DbContextOptionsBuilder<SqliteConsoleDbContext>().UseSqlite($"Data Source={_file}").Options;
                using var db = new SqliteConsoleDbContext(_options);
                db.Database.EnsureCreated();
            }
        }

        return new SqliteConsoleDbContext(_options);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }
}
