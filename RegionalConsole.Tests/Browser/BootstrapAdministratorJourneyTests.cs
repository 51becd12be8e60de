using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Administration;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Browser;

/// <summary>The console with <c>Accounts:BootstrapAdministrator</c> set to an e-mail address (SPEC §13.1).</summary>
public sealed class BootstrapOidcConsoleFixture : OidcConsoleFixture
{
    public const string Identity = "First.Admin@moe.edu.tw";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { [BootstrapAdministrator.ConfigurationKey] = Identity };
}

/// <summary>A new deployment's first administrator signs in through the real OpenID Connect provider (SPEC §13.1).</summary>
[Collection(BrowserCollection.Name)]
public sealed class BootstrapAdministratorJourneyTests(BrowserFixture browser, BootstrapOidcConsoleFixture oidc)
    : IClassFixture<BootstrapOidcConsoleFixture>
{
    [Fact]
    public async Task TheConfiguredPersonBecomesTheFirstAdministratorAndNobodyAfterThem()
    {
        // No enabled administrator: the demo's is disabled, as if the database were new.
        await oidc.App.WithDbAsync(db => db.Accounts.Where(a => a.Role == ConsoleRole.Administrator)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Enabled, false)));
        var first = await ConsolePage.OpenAsync(browser.Browser, oidc.BaseAddress);
        try
        {
            await first.SignInAtProviderAsync("sub-first-admin", "first.admin@moe.edu.tw", "李第一");
            await Assertions.Expect(first.ByTestId("signed-in-as")).ToHaveTextAsync("李第一");

            await first.GotoAsync("/admin/accounts");

            await Assertions.Expect(first.ByTestId("account-new")).ToBeVisibleAsync();
        }
        finally
        {
            await first.CloseAsync();
        }

        var made = await oidc.App.WithDbAsync(db => db.Accounts.SingleAsync(a => a.OidcSubject == "sub-first-admin"));
        Assert.Equal((ConsoleRole.Administrator, true, "first.admin", "李第一"), (made.Role, made.Enabled, made.UserName, made.DisplayName));
        var audit = await oidc.App.WithDbAsync(db => db.AuditLog.SingleAsync(e => e.EntityType == "Account" && e.EntityId == made.Id.ToString()));
        Assert.Equal(("AccountCreated", "config:Accounts:BootstrapAdministrator"), (audit.Action, audit.Actor));

        // Now an administrator exists: another person with the configured address gets nothing.
        var second = await ConsolePage.OpenAsync(browser.Browser, oidc.BaseAddress);
        try
        {
            await second.SignInAtProviderAsync("sub-second", "first.admin@moe.edu.tw", "冒名者");

            await Assertions.Expect(second.ByTestId("no-access")).ToContainTextAsync("尚未開通");
        }
        finally
        {
            await second.CloseAsync();
        }

        Assert.False(await oidc.App.WithDbAsync(db => db.Accounts.AnyAsync(a => a.OidcSubject == "sub-second")));
        Assert.Equal(1, await oidc.App.WithDbAsync(db => db.Accounts.CountAsync(a => a.Role == ConsoleRole.Administrator && a.Enabled)));
    }
}
