using Microsoft.EntityFrameworkCore;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Data;

/// <summary>SPEC §13.2: reference data holds no example content; a real deployment starts without the demo ruling.</summary>
public sealed class ReferenceDataTests
{
    [Fact]
    public async Task AProductionStartOnAnEmptyDatabaseHasReferenceDataButNoRuling()
    {
        using var app = new ConsoleAppFactory(kestrel: false, environment: "Production", settings: new Dictionary<string, string?>
        {
            // What Production does by default (no demo data), rather than the test hosts' demo set.
            ["Demo:Seed"] = "false",
            ["Authentication:Oidc:Authority"] = "https://sso.example.edu.tw",
            ["Authentication:Oidc:ClientId"] = "regional-console",
        });
        using var client = app.CreateClient();

        Assert.False(await app.WithDbAsync(db => db.Accounts.AnyAsync()));
        Assert.True(await app.WithDbAsync(db => db.Tags.AnyAsync()));
        Assert.True(await app.WithDbAsync(db => db.JurisdictionRules.AnyAsync()));
        Assert.False(await app.WithDbAsync(db => db.HourRulings.AnyAsync()));
    }
}
