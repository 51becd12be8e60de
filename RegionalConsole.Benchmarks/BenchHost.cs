using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// The real app in process on SQLite, no rate limit, quiet logs, a fixed clock: either on a fresh file with demo
/// institutions and accounts but no courses (deleted when disposed), or on an existing seeded file (kept).
/// </summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    public const string ApiKey = "bench-bootstrap-key-0123456789";

    private readonly int _institutions;
    private readonly bool _ownsFile;
    private readonly DateTimeOffset _now;

    /// <summary>A fresh file with <paramref name="institutions"/> demo institutions, on the test clock.</summary>
    public BenchHost(int institutions)
    {
        _institutions = institutions;
        _ownsFile = true;
        _now = DemoDrafts.Now;
        File = Path.Combine(Path.GetTempPath(), $"rc-bench-ingest-{Guid.NewGuid():N}.db");
    }

    /// <summary>An existing seeded file, with the clock at 10:00 in Taipei on <paramref name="today"/>.</summary>
    public BenchHost(string file, DateOnly today)
    {
        File = file;
        _now = new DateTimeOffset(today.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
    }

    public string File { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Console"] = $"Data Source={File}",
            ["Demo:Seed"] = _ownsFile ? "true" : "false",
            ["Demo:Courses"] = "0",
            ["Demo:Institutions"] = _institutions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Demo:Teachers"] = "100",
            ["Api:BootstrapKey"] = ApiKey,
            ["Api:RateLimitPerMinute"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(_now));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
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
