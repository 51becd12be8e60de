using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Domain;
using RegionalConsole.Features;
using RegionalConsole.Features.Accounts;
using RegionalConsole.Features.Api;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Accounts;

/// <summary>A scripted install: `accounts add` on a database file nothing has prepared yet (no schema, no centres).</summary>
public sealed class AccountCommandOnEmptyDatabaseTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task TheCommandPreparesTheDatabaseBeforeAddingTheFirstAdministrator()
    {
        await using var app = Build();

        var exit = await AccountsCommand.RunAsync(app.Services,
            ["add", "--user-name", "first-admin", "--display-name", "第一位管理者", "--role", "Administrator", "--email", "first@moe.edu.tw"],
            TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, exit);
        var factory = app.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var accounts = await db.Accounts.Select(a => new { a.UserName, a.Role }).ToListAsync();
        Assert.Equal([new { UserName = "first-admin", Role = ConsoleRole.Administrator }], accounts);
        Assert.True(await db.Centres.AnyAsync(c => c.Code == "67000"));
    }

    /// <summary>The app as Program.cs builds it for a verb, on this test's own empty database, in Production.</summary>
    private WebApplication Build()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider,
            ["ConnectionStrings:Console"] = _database.ConnectionString,
            ["Authentication:Oidc:Authority"] = "https://sso.example.edu.tw",
            ["Authentication:Oidc:ClientId"] = "regional-console",
            ["Api:BootstrapKey"] = ConsoleAppFactory.BootstrapKey + "-long-enough-for-production",
        });
        builder.AddConsoleDatabase();
        builder.AddConsoleAuth();
        builder.AddConsoleApi();
        builder.AddConsoleFeatures();
        return builder.Build();
    }

    public void Dispose() => _database.Dispose();
}
