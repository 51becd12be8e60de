using System.Net;

namespace RegionalConsole.Tests.Support;

/// <summary>
/// The console on a real Kestrel port signing people in through <see cref="OidcTestProvider"/>:
/// one provider and one console per test class.
/// </summary>
public sealed class OidcConsoleFixture : IAsyncLifetime
{
    public OidcTestProvider Provider { get; private set; } = default!;

    public ConsoleAppFactory App { get; private set; } = default!;

    public Uri BaseAddress => App.ServerAddress;

    public async ValueTask InitializeAsync()
    {
        Provider = await OidcTestProvider.StartAsync();
        App = new ConsoleAppFactory(kestrel: true, settings: new Dictionary<string, string?>
        {
            ["Authentication:Oidc:Authority"] = Provider.Authority.ToString(),
            ["Authentication:Oidc:ClientId"] = OidcTestProvider.ClientId,
            ["Authentication:Oidc:ClientSecret"] = OidcTestProvider.ClientSecret,
        });
        // The OIDC handler dates its correlation and nonce cookies by the app's clock; a browser drops cookies
        // that expired by its own clock, so this console lives at the real time (it only ever moves forward).
        if (DateTimeOffset.UtcNow > App.Clock.GetUtcNow())
        {
            App.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        }

        App.StartServer();
        Provider.RegisterClient(App.ServerAddress);
    }

    /// <summary>A plain HTTP client keeping the cookies of both the console and the provider; it does not follow redirects.</summary>
    public HttpClient CreateBrowserlessClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

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
    }
}
