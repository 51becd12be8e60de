using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RegionalConsole.Domain;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AdministrationJourneyTests(BrowserFixture browser, ConsoleServerFixture server) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task AnAdministratorCreatesAReviewerAndAnApiKeyThatWorksUntilRevoked()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("admin");
            await console.GotoAsync("/admin/accounts");
            await console.ByTestId("account-new").ClickAsync();
            await Fill(console, "account-username", $"reviewer-new-{suffix}");
            await Fill(console, "account-displayname", "林新進");
            await Fill(console, "account-email", $"new-{suffix}@example.edu.tw");
            await console.Page.Locator("[data-testid=account-form] [data-testid=account-centre]").ClickAsync();
            var option = console.Page.GetByRole(AriaRole.Option, new() { Name = "臺北市教師在職進修區域管理中心" });
            await option.ClickAsync();
            await Assertions.Expect(option).ToBeHiddenAsync(new() { Timeout = 15_000 }); // the pick reached the circuit
            await console.ByTestId("account-save").ClickAsync();

            // The form closes once the account is saved; a refusal would stay in it and name the problem.
            var closed = console.ByTestId("account-form").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 15_000 });
            var refused = console.ByTestId("account-error").WaitForAsync(new() { Timeout = 15_000 });
            if (await Task.WhenAny(closed, refused) == refused && refused.IsCompletedSuccessfully)
            {
                Assert.Fail(await console.ByTestId("account-error").TextContentAsync());
            }

            await closed;
            await Assertions.Expect(console.ByTestId("accounts-table")).ToContainTextAsync($"reviewer-new-{suffix}", new() { Timeout = 15_000 });
            var account = await server.App.WithDbAsync(db => db.Accounts.SingleAsync(a => a.UserName == $"reviewer-new-{suffix}"));
            Assert.Equal((ConsoleRole.Reviewer, "63000"), (account.Role, account.CentreCode));

            await console.GotoAsync("/admin/api-clients");
            await Fill(console, "api-client-name-input", $"臺北市校務系統{suffix}");
            await console.Page.Locator("[data-testid=api-client-county]").ClickAsync();
            await console.Page.GetByRole(AriaRole.Option, new() { Name = "臺北市", Exact = true }).ClickAsync();
            await console.ByTestId("api-client-create").ClickAsync();
            await Assertions.Expect(console.ByTestId("new-key")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^rc_"), new() { Timeout = 15_000 });
            var key = (await console.ByTestId("new-key").TextContentAsync())!.Trim();

            using var partner = server.App.CreateApiClient(key);
            var school = new { name = "臺北市立金鑰國小", type = "MunicipalSchool", countyCode = "63000" };
            Assert.Equal(HttpStatusCode.Created, (await partner.PutJsonAsync($"/api/v1/institutions/K{suffix}", school)).StatusCode);

            var row = console.Page.Locator("tr", new() { Has = console.Page.GetByText($"臺北市校務系統{suffix}", new() { Exact = true }) });
            await row.Locator("[data-testid=api-client-revoke]").ClickAsync();
            await Assertions.Expect(row).ToContainTextAsync("已撤銷", new() { Timeout = 15_000 });

            Assert.Equal(HttpStatusCode.Unauthorized, (await partner.PutJsonAsync($"/api/v1/institutions/K{suffix}", school)).StatusCode);
        }
        finally
        {
            await console.CloseAsync();
        }
    }

    private static async Task Fill(ConsolePage console, string testId, string value)
    {
        var input = console.Page.Locator($"input[data-testid={testId}]");
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }
}
