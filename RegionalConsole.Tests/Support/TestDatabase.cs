using Npgsql;

namespace RegionalConsole.Tests.Support;

/// <summary>
/// A real database per test host: a fresh SQLite file by default, or a fresh PostgreSQL database when the test
/// script sets RC_TEST_POSTGRES (the server it started) — the same tests then run on PostgreSQL.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable("RC_TEST_POSTGRES");

    public static bool IsPostgres => !string.IsNullOrEmpty(PostgresServer);

    public string Provider { get; }
    public string ConnectionString { get; }
    private readonly string? _file;
    private readonly string? _databaseName;

    public TestDatabase()
    {
        if (IsPostgres)
        {
            Provider = "Postgres";
            _databaseName = "rc_test_" + Guid.NewGuid().ToString("N")[..12];
            ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _databaseName }.ConnectionString;
        }
        else
        {
            Provider = "Sqlite";
            _file = Path.Combine(Path.GetTempPath(), $"rc-test-{Guid.NewGuid():N}.db");
            ConnectionString = $"Data Source={_file}";
        }
    }

    public void Dispose()
    {
        if (_file is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_file + suffix);
            }
        }
        else if (_databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}
