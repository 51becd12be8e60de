using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using RegionalConsole.Data;

namespace RegionalConsole.Tests.Support;

/// <summary>
/// The real app on a real database, with a small deterministic demo set and a clock the test controls.
/// Pass <c>kestrel: true</c> for a real HTTP server that a browser can reach.
/// </summary>
public class ConsoleAppFactory : WebApplicationFactory<Program>
{
    public const string BootstrapKey = "test-bootstrap-key-0123456789abcdefghijkl";

    /// <summary>Wednesday 2026-11-25 10:00 in Taipei.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase _database = new();
    private readonly Dictionary<string, string?> _settings;

    public ConsoleAppFactory()
        : this(kestrel: false)
    {
    }

    internal ConsoleAppFactory(bool kestrel, IDictionary<string, string?>? settings = null, string environment = "Development")
    {
        Environment = environment;
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider,
            ["ConnectionStrings:Console"] = _database.ConnectionString,
            ["Demo:Seed"] = "true",
            ["Demo:Courses"] = "300",
            ["Demo:Institutions"] = "300",
            ["Demo:Teachers"] = "200",
            ["Api:BootstrapKey"] = BootstrapKey,
            // Development points at a local SMTP sink; tests send only through one they start (MailAppFactory).
            ["Mail:Smtp:Host"] = "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        if (kestrel)
        {
            UseKestrel(0);
        }
    }

    public string Environment { get; }

    public FakeTimeProvider Clock { get; } = new(DefaultNow);

    public string DatabaseProvider => _database.Provider;

    /// <summary>This host's database, for a second node on the same database (settings key ConnectionStrings:Console).</summary>
    public string DatabaseConnectionString => _database.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>The base address of the Kestrel server (after <see cref="WebApplicationFactory{T}.StartServer"/>).</summary>
    public Uri ServerAddress => ClientOptions.BaseAddress;

    public async Task<T> WithDbAsync<T>(Func<ConsoleDbContext, Task<T>> query)
    {
        var factory = Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await query(db);
    }

    public HttpClient CreateApiClient(string? key = BootstrapKey)
    {
        // On Kestrel the client must go to the real port, which the factory's own options know once the server runs.
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
