using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// The seeded database a measured run reads: a SQLite file (<c>--db PATH</c>) or an existing PostgreSQL database
/// (<c>--provider postgres --connection CONN</c>, the connection naming the database). Either is kept as it is, apart
/// from the migrations the app applies at start.
/// </summary>
internal sealed class SeededDatabase
{
    private SeededDatabase(string? file, string? postgres)
    {
        File = file;
        Postgres = postgres;
    }

    /// <summary>A seeded SQLite file.</summary>
    public static SeededDatabase Sqlite(string file) => new(Path.GetFullPath(file), null);

    /// <summary>A seeded PostgreSQL database, the connection naming it.</summary>
    public static SeededDatabase PostgresDatabase(string connection) => new(null, connection);

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? File { get; }

    /// <summary>The PostgreSQL connection string, or null on SQLite.</summary>
    public string? Postgres { get; }

    /// <summary>From a verb's options: <c>--provider postgres --connection CONN</c>, otherwise <c>--db PATH</c> (or the queue file).</summary>
    public static SeededDatabase From(BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string? Text(string name) => options.Text(name);
        if (Text("--provider") is { } provider && provider.Equals("postgres", StringComparison.OrdinalIgnoreCase))
        {
            var connection = Text("--connection")
                ?? throw new ArgumentException("--provider postgres needs --connection naming a seeded database, e.g. \"Host=127.0.0.1;Port=55433;Username=postgres;Database=rc_seed\".");
            if (string.IsNullOrEmpty(new Npgsql.NpgsqlConnectionStringBuilder(connection).Database))
            {
                throw new ArgumentException("--connection must name the seeded database (Database=...).");
            }

            return new SeededDatabase(null, connection);
        }

        return new SeededDatabase(Path.GetFullPath(Text("--db") ?? QueueDatabase.Path), null);
    }

    /// <summary>What the output names: the file, or the PostgreSQL host and database (never a password).</summary>
    public string Name
    {
        get
        {
            if (File is not null)
            {
                return File;
            }

            var builder = new Npgsql.NpgsqlConnectionStringBuilder(Postgres);
            return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        }
    }

    /// <summary>A context outside the app, for what a run reads before the host starts.</summary>
    public ConsoleDbContext CreateContext()
    {
        if (File is not null)
        {
            return new SqliteConsoleDbContext(QueueDatabase.Options(File));
        }

        var options = new DbContextOptionsBuilder<PostgresConsoleDbContext>();
        DatabaseSetup.ConfigurePostgres(options, Postgres!);
        return new PostgresConsoleDbContext(options.Options);
    }

    /// <summary>The day the data was seeded (<see cref="QueueDatabase.SeedDayAsync"/>).</summary>
    public async Task<DateOnly> SeedDayAsync()
    {
        await using var db = CreateContext();
        return await QueueDatabase.SeedDayAsync(db);
    }

    /// <summary>The app in process on this database with the clock on <paramref name="today"/>.</summary>
    public BenchHost Host(DateOnly today) => File is not null ? new BenchHost(File, today) : new BenchHost(today, Postgres!);
}
