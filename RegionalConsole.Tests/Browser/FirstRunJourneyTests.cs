using System.Net;
using Microsoft.Playwright;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Browser;

/// <summary>
/// A real deployment's first day (SPEC §13): Production, an empty database, a real OpenID Connect provider; everything
/// arrives through the API, OIDC sign-in and the pages — no SQL, no seeder, no demo account.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstRunJourneyTests(BrowserFixture browser, ProductionConsoleFixture console) : IClassFixture<ProductionConsoleFixture>
{
    [Fact]
    public async Task AnEmptyProductionConsoleIsHealthyAndTurnsAwayAnUnknownPerson()
    {
        using var anonymous = console.App.CreateApiClient(key: null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/_framework/blazor.web.js")).StatusCode);

        var page = await ConsolePage.OpenAsync(browser.Browser, console.BaseAddress, trustTestCertificates: true);
        try
        {
            await page.SignInAtProviderAsync("sub-stranger", "stranger@example.com", "Stranger");

            await Assertions.Expect(page.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/no-access"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
