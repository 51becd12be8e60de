using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Web;

public sealed class StartupConfigurationTests
{
    [Fact]
    public void ProductionWithoutAnAuthorityRefusesToStartNamingTheKey()
    {
        using var app = new ConsoleAppFactory(kestrel: false, environment: "Production");

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Authentication:Oidc:Authority", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void AShortBootstrapKeyRefusesToStartNamingTheKey()
    {
        using var app = new ConsoleAppFactory(kestrel: false, settings: new Dictionary<string, string?>
        {
            ["Api:BootstrapKey"] = "sec-admin-key-1",
        });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Api:BootstrapKey", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAuthorityWithoutAClientIdRefusesToStartNamingTheKey()
    {
        using var app = new ConsoleAppFactory(kestrel: false, settings: new Dictionary<string, string?>
        {
            ["Authentication:Oidc:Authority"] = "https://sso.example.edu.tw",
        });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Authentication:Oidc:ClientId", Flatten(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", "http://sso.example.edu.tw")]
    [InlineData("Production", "http://localhost:5001")]
    public void AnHttpAuthorityRefusesToStartUnlessOnLoopbackInDevelopment(string environment, string authority)
    {
        using var app = new ConsoleAppFactory(kestrel: false, environment: environment, settings: new Dictionary<string, string?>
        {
            ["Authentication:Oidc:Authority"] = authority,
            ["Authentication:Oidc:ClientId"] = "regional-console",
        });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Authentication:Oidc:Authority must be an https address", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownDatabaseProviderRefusesToStartNamingTheKey()
    {
        using var app = new ConsoleAppFactory(kestrel: false, settings: new Dictionary<string, string?> { ["Database:Provider"] = "Oracle" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Database:Provider", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) => error.ToString();
}
