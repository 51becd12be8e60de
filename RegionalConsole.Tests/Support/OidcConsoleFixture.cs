using System.Net;

namespace RegionalConsole.Tests.Support;

/// <summary>
/// The console on a real Kestrel port signing people in through <see cref="OidcTestProvider"/>:
/// one provider and one console per test class.
/// </summary>
public class OidcConsoleFixture : IAsyncLifetime
{
    public OidcTestProvider Provider { get; private set; } = default!;

    public ConsoleAppFactory App { get; private set; } = default!;

    public Uri BaseAddress => App.ServerAddress;

    /// <summary>More configuration for the console, for a fixture that needs it.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public async ValueTask InitializeAsync()
    {
        Provider = await OidcTestProvider.StartAsync();
        var settings = new Dictionary<string, string?>(Settings)
        {
            ["Authentication:Oidc:Authority"] = Provider.Authority.ToString(),
            ["Authentication:Oidc:ClientId"] = OidcTestProvider.ClientId,
            ["Authentication:Oidc:ClientSecret"] = OidcTestProvider.ClientSecret,
        };
        App = new ConsoleAppFactory(kestrel: true, settings: settings);
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
        GC.SuppressFinalize(this);
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
