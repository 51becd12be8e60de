using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using RegionalConsole.Features.Preschool;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// The real app in process, no rate limit, quiet logs, a fixed clock: either on a fresh SQLite file or PostgreSQL
/// database with demo institutions and accounts but no courses (deleted when disposed), or on an existing seeded
/// file or PostgreSQL database (kept).
/// </summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    public const string ApiKey = "bench-bootstrap-key-0123456789abcdefghij";

    private readonly int _institutions;
    private readonly int _courses;
    private readonly bool _ownsFile;
    private readonly DateTimeOffset _now;
    private readonly string? _postgres;
    private readonly bool _ownsPostgresDatabase;

    /// <summary>
    /// A fresh file, or a fresh PostgreSQL database on <paramref name="database"/>'s server (dropped when disposed), with
    /// <paramref name="institutions"/> demo institutions and <paramref name="courses"/> demo courses, on the test clock;
    /// with <paramref name="kestrel"/> on a real loopback port that a browser can reach.
    /// </summary>
    public BenchHost(int institutions, int courses = 0, bool kestrel = false, BenchDatabase? database = null)
    {
        _institutions = institutions;
        _courses = courses;
        if (kestrel)
        {
            UseKestrel(0);
        }

        _ownsFile = true;
        _now = DemoDrafts.Now;
        File = Path.Combine(Path.GetTempPath(), $"rc-bench-ingest-{Guid.NewGuid():N}.db");
        if (database?.PostgresServer is { } server)
        {
            _postgres = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "rc_bench_" + Guid.NewGuid().ToString("N")[..12] }.ConnectionString;
            _ownsPostgresDatabase = true;
        }
    }

    /// <summary>An existing seeded file, with the clock at 10:00 in Taipei on <paramref name="today"/>.</summary>
    public BenchHost(string file, DateOnly today)
    {
        File = file;
        _now = new DateTimeOffset(today.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
    }

    /// <summary>An existing seeded PostgreSQL database (kept), with the clock at 10:00 in Taipei on <paramref name="today"/>.</summary>
    public BenchHost(DateOnly today, string postgresDatabase)
        : this("", today)
    {
        _postgres = postgresDatabase;
    }

    public string File { get; }

    /// <summary>Extra services for one run (set before the host starts).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>The Kestrel server's address, once <see cref="WebApplicationFactory{T}.StartServer"/> has run.</summary>
    public Uri ServerAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = _postgres is null ? "Sqlite" : "Postgres",
            ["ConnectionStrings:Console"] = _postgres ?? $"Data Source={File}",
            ["Demo:Seed"] = _ownsFile ? "true" : "false",
            ["Demo:Courses"] = _courses.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Demo:Institutions"] = _institutions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Demo:Teachers"] = "100",
            ["Api:BootstrapKey"] = ApiKey,
            ["Api:RateLimitPerMinute"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
            // No mail server in a benchmark: the outbox keeps what it would send.
            ["Mail:Smtp:Host"] = "",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(_now));
            // One thing measured at a time: on a seeded file without this month's preschool exchange, the job's catch-up
            // run would read the whole file beside the export or page being timed.
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(PreschoolExchangeJob)));
            ConfigureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (_ownsPostgresDatabase)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            var database = new Npgsql.NpgsqlConnectionStringBuilder(_postgres);
            using var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(_postgres) { Database = "postgres" }.ConnectionString);
            connection.Open();
            using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database.Database}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }

        if (!_ownsFile)
        {
            return;
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            System.IO.File.Delete(File + suffix);
        }
    }
}
