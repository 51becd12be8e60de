using Microsoft.Playwright;

namespace RegionalConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests(BrowserFixture browser, ConsoleServerFixture server) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task AReviewerSignsInThroughTheDevelopmentPageAndSeesTheDashboard()
    {
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("reviewer-63000-1");

            await Assertions.Expect(console.ByTestId("dashboard-title")).ToHaveTextAsync("工作總覽");
            await Assertions.Expect(console.ByTestId("today")).ToHaveTextAsync("民國115年11月25日");
            await Assertions.Expect(console.ByTestId("centre-summary")).ToContainTextAsync("臺北市教師在職進修區域管理中心");
            // A reviewer sees its own centre only.
            await Assertions.Expect(console.ByTestId("centre-summary")).Not.ToContainTextAsync("新北市");
        }
        finally
        {
            await console.CloseAsync();
        }
    }

    [Fact]
    public async Task ASupervisorSwitchesToEnglishAndSignsOut()
    {
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("supervisor-K12EA");
            await console.ClickToLoadAsync(console.ByTestId("lang-en"));

            await Assertions.Expect(console.ByTestId("dashboard-title")).ToHaveTextAsync("Dashboard");
            await Assertions.Expect(console.ByTestId("centre-summary")).ToContainTextAsync("全國教師在職進修資訊網");

            await console.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await Assertions.Expect(console.ByTestId("signed-out")).ToBeVisibleAsync();
        }
        finally
        {
            await console.CloseAsync();
        }
    }
}
