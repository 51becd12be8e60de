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
    public async Task TheMenuButtonClosesAndReopensTheNavigationDrawer()
    {
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("reviewer-63000-1");
            var drawer = console.Page.Locator("aside.mud-drawer");
            await Assertions.Expect(drawer).ToBeInViewportAsync();
            var main = console.Page.Locator(".mud-main-content");
            // The drawer's width is the main content's margin while it is open (MudBlazor's layout classes).
            await Assertions.Expect(main).ToHaveCSSAsync("margin-left", "240px");

            await console.ByTestId("menu").ClickAsync();

            await Assertions.Expect(drawer).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--closed"));
            await Assertions.Expect(console.ByTestId("menu")).ToHaveAttributeAsync("aria-expanded", "false");
            await Assertions.Expect(drawer).Not.ToBeInViewportAsync();
            await Assertions.Expect(main).ToHaveCSSAsync("margin-left", "0px");

            await console.ByTestId("menu").ClickAsync();

            await Assertions.Expect(drawer).ToBeInViewportAsync();
            await Assertions.Expect(main).ToHaveCSSAsync("margin-left", "240px");
            await Assertions.Expect(console.ByTestId("menu")).ToHaveAttributeAsync("aria-expanded", "true");
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
