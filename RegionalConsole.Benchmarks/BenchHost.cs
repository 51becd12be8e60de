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
/// database with demo institutions and accounts but no courses (deleted when disposed), or on an existing seeded file
/// or PostgreSQL database (kept).
/// </summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    public const string ApiKey = "bench-bootstrap-key-0123456789abcdefghij";

    private readonly int _institutions;
    private readonly int _courses;
    private readonly bool _ownsFile;
    private readonly DateTimeOffset _now;
    private readonly string? _postgresServer;
    private readonly string? _postgresDatabase;
    private readonly string? _existingPostgres;

    /// <summary>
    /// A fresh file with <paramref name="institutions"/> demo institutions and <paramref name="courses"/> demo courses,
    /// on the test clock; with <paramref name="kestrel"/> on a real loopback port that a browser can reach.
    /// </summary>
    public BenchHost(int institutions, int courses = 0, bool kestrel = false)
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
    }

    /// <summary>
    /// A fresh PostgreSQL database on <paramref name="postgresServer"/> (dropped when disposed), seeded as a fresh file is.
    /// </summary>
    public BenchHost(int institutions, string postgresServer)
        : this(institutions)
    {
        _postgresServer = postgresServer;
        _postgresDatabase = "rc_bench_" + Guid.NewGuid().ToString("N")[..12];
    }

    /// <summary>An existing seeded file, with the clock at 10:00 in Taipei on <paramref name="today"/>.</summary>
    public BenchHost(string file, DateOnly today)
    {
        File = file;
        _now = new DateTimeOffset(today.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
    }

    /// <summary>An existing seeded PostgreSQL database (the connection names it; kept), the clock as <see cref="BenchHost(string, DateOnly)"/>.</summary>
    public static BenchHost OnPostgres(string connection, DateOnly today) => new(connection, today, postgres: true);

    private BenchHost(string connection, DateOnly today, bool postgres)
        : this("", today)
    {
        _existingPostgres = postgres ? connection : null;
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
            ["Database:Provider"] = _postgresServer is null && _existingPostgres is null ? "Sqlite" : "Postgres",
            ["ConnectionStrings:Console"] = _existingPostgres
                ?? (_postgresServer is null ? $"Data Source={File}"
                    : new Npgsql.NpgsqlConnectionStringBuilder(_postgresServer) { Database = _postgresDatabase }.ConnectionString),
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
        if (_postgresServer is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            using var connection = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(_postgresServer) { Database = "postgres" }.ConnectionString);
            connection.Open();
            using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
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
