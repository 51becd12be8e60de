using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace RegionalConsole.Benchmarks;

/// <summary>
/// The real app in process on a fresh SQLite file: demo institutions and accounts, no courses, the test clock,
/// no rate limit, quiet logs. Deleted with its file when disposed.
/// </summary>
internal sealed class BenchHost(int institutions) : WebApplicationFactory<Program>
{
    public const string ApiKey = "bench-bootstrap-key-0123456789";

    public string File { get; } = Path.Combine(Path.GetTempPath(), $"rc-bench-ingest-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Console"] = $"Data Source={File}",
            ["Demo:Seed"] = "true",
            ["Demo:Courses"] = "0",
            ["Demo:Institutions"] = institutions.ToString(System.Globalization.CultureInfo.InvariantCulture),
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
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(DemoDrafts.Now));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            System.IO.File.Delete(File + suffix);
        }
    }
}
