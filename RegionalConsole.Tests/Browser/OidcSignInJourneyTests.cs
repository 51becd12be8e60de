using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Browser;

/// <summary>Signing in through a real OpenID Connect provider in Chromium (SPEC §1).</summary>
[Collection(BrowserCollection.Name)]
public sealed class OidcSignInJourneyTests(BrowserFixture browser, OidcConsoleFixture oidc) : IClassFixture<OidcConsoleFixture>
{
    [Fact]
    public async Task AKnownSubjectSignsInThroughTheProviderAndSeesTheDashboardUnderTheirName()
    {
        await AddAccountAsync("oidc-known", "林審核", "known@example.edu.tw", subject: "sub-known");
        var console = await ConsolePage.OpenAsync(browser.Browser, oidc.BaseAddress);
        try
        {
            await console.SignInAtProviderAsync("sub-known", "known@example.edu.tw", "Lin (from the provider)");

            await Assertions.Expect(console.ByTestId("dashboard-title")).ToHaveTextAsync("工作總覽");
            await Assertions.Expect(console.ByTestId("signed-in-as")).ToHaveTextAsync("林審核");
        }
        finally
        {
            await console.CloseAsync();
        }
    }

    [Fact]
    public async Task AnAccountRegisteredByEmailIsBoundToItsSubjectAtTheFirstSignIn()
    {
        await AddAccountAsync("oidc-by-email", "陳審核", "chen@example.edu.tw", subject: null);
        var console = await ConsolePage.OpenAsync(browser.Browser, oidc.BaseAddress);
        try
        {
            await console.SignInAtProviderAsync("sub-chen", "chen@example.edu.tw", "Chen");

            await Assertions.Expect(console.ByTestId("signed-in-as")).ToHaveTextAsync("陳審核");
            var bound = await oidc.App.WithDbAsync(db => db.Accounts.SingleAsync(a => a.UserName == "oidc-by-email"));
            Assert.Equal("sub-chen", bound.OidcSubject);
        }
        finally
        {
            await console.CloseAsync();
        }
    }

    [Fact]
    public async Task AnUnknownSubjectLandsOnNoAccessWithoutASession()
    {
        var console = await ConsolePage.OpenAsync(browser.Browser, oidc.BaseAddress);
        try
        {
            await console.SignInAtProviderAsync("sub-stranger", "stranger@example.com", "Stranger");

            await Assertions.Expect(console.ByTestId("no-access")).ToContainTextAsync("尚未開通");
            Assert.Equal("/no-access", new Uri(console.Page.Url).AbsolutePath);
            await AssertProtectedPageRedirectsToSignInAsync(console);
        }
        finally
        {
            await console.CloseAsync();
        }
    }

    [Fact]
    public async Task ADisabledAccountLandsOnNoAccessWithoutASession()
    {
        await AddAccountAsync("oidc-disabled", "停用帳號", "disabled@example.edu.tw", subject: "sub-disabled", enabled: false);
        var console = await ConsolePage.OpenAsync(browser.Browser, oidc.BaseAddress);
        try
        {
            await console.SignInAtProviderAsync("sub-disabled", "disabled@example.edu.tw", "Disabled");

            await Assertions.Expect(console.ByTestId("no-access")).ToContainTextAsync("已停用");
            Assert.Equal("/no-access", new Uri(console.Page.Url).AbsolutePath);
            await AssertProtectedPageRedirectsToSignInAsync(console);
        }
        finally
        {
            await console.CloseAsync();
        }
    }

    [Fact]
    public async Task SigningOutEndsTheConsoleSessionAndTheProviderSession()
    {
        await AddAccountAsync("oidc-leaving", "黃審核", "huang@example.edu.tw", subject: "sub-leaving");
        var console = await ConsolePage.OpenAsync(browser.Browser, oidc.BaseAddress);
        try
        {
            await console.SignInAtProviderAsync("sub-leaving", "huang@example.edu.tw", "Huang");
            await Assertions.Expect(console.ByTestId("signed-in-as")).ToHaveTextAsync("黃審核");
            Assert.Contains("sub-leaving", oidc.Provider.SignedInSubjects);
            await console.WaitForInteractiveAsync();

            await console.Page.GetByRole(AriaRole.Button, new() { Name = "登出" }).ClickAsync();

            await Assertions.Expect(console.ByTestId("signed-out")).ToBeVisibleAsync();
            Assert.DoesNotContain("sub-leaving", oidc.Provider.SignedInSubjects);
            await AssertProtectedPageRedirectsToSignInAsync(console);
            // With the provider session gone, signing in again asks for credentials.
            await console.Page.GotoAsync(new Uri(oidc.BaseAddress, "/").ToString());
            await Assertions.Expect(console.Page.Locator("[data-testid=op-login]")).ToBeVisibleAsync();
        }
        finally
        {
            await console.CloseAsync();
        }
    }

    /// <summary>In OIDC mode signing in is the provider's authorization endpoint.</summary>
    private async Task AssertProtectedPageRedirectsToSignInAsync(ConsolePage console)
    {
        var response = await console.Page.Context.APIRequest.GetAsync(new Uri(oidc.BaseAddress, "/profile").ToString(), new() { MaxRedirects = 0 });

        Assert.Equal(302, response.Status);
        Assert.StartsWith(new Uri(oidc.Provider.Authority, "connect/authorize?").ToString(), response.Headers["location"], StringComparison.Ordinal);
    }

    private Task AddAccountAsync(string userName, string displayName, string email, string? subject, bool enabled = true) =>
        oidc.App.WithDbAsync(async db =>
        {
            db.Accounts.Add(new Account
            {
                UserName = userName,
                DisplayName = displayName,
                Email = email,
                OidcSubject = subject,
                Role = ConsoleRole.Reviewer,
                CentreCode = "63000",
                Enabled = enabled,
            });
            return await db.SaveChangesAsync();
        });
}
