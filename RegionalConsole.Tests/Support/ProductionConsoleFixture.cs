using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace RegionalConsole.Tests.Support;

/// <summary>
/// The console as a real deployment starts it: Production, an empty database, no demo data, signing in through a real
/// OpenID Connect provider over https on loopback, with only the configured bootstrap administrator and API key.
/// </summary>
public sealed class ProductionConsoleFixture : IAsyncLifetime
{
    public const string BootstrapAdministrator = "chief@moe.example.edu.tw";
    public const string ApiKey = "first-run-bootstrap-key-0123456789abcdef";

    private X509Certificate2? _certificate;

    public OidcTestProvider Provider { get; private set; } = default!;

    public ConsoleAppFactory App { get; private set; } = default!;

    public Uri BaseAddress => App.ServerAddress;

    public async ValueTask InitializeAsync()
    {
        _certificate = LoopbackCertificate.Create();
        Provider = await OidcTestProvider.StartAsync(_certificate);
        App = new ProductionConsoleFactory(_certificate, new Dictionary<string, string?>
        {
            ["Demo:Seed"] = "false",
            ["Api:BootstrapKey"] = ApiKey,
            ["Accounts:BootstrapAdministrator"] = BootstrapAdministrator,
            ["Authentication:Oidc:Authority"] = Provider.Authority.ToString(),
            ["Authentication:Oidc:ClientId"] = OidcTestProvider.ClientId,
            ["Authentication:Oidc:ClientSecret"] = OidcTestProvider.ClientSecret,
        });
        // The OIDC handler dates its correlation cookies by the app's clock and the browser drops expired cookies.
        if (DateTimeOffset.UtcNow > App.Clock.GetUtcNow())
        {
            App.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        }

        App.StartServer();
        Provider.RegisterClient(App.ServerAddress);
    }

    public HttpClient CreateApiClient(string? key = ApiKey) => App.CreateApiClient(key);

    public async ValueTask DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }

        _certificate?.Dispose();
    }

    private sealed class ProductionConsoleFactory(X509Certificate2 providerCertificate, IDictionary<string, string?> settings)
        : ConsoleAppFactory(kestrel: true, settings, environment: "Production")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // The build output has no wwwroot of its own outside Development; a published node would (see README).
            builder.UseStaticWebAssets();
            // The console's back channel (discovery, keys, tokens) trusts exactly the provider's test certificate.
            builder.ConfigureServices(services => services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme,
                o => o.BackchannelHttpHandler = LoopbackCertificate.TrustOnly(providerCertificate)));
        }
    }
}
