using Microsoft.Playwright;

namespace RegionalConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class TagRegistryJourneyTests(BrowserFixture browser, ConsoleServerFixture server) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task AnAdministratorProposesATagIsToldItNeedsADefinitionThenDefinesAndActivatesIt()
    {
        var name = "海洋教育" + Guid.NewGuid().ToString("N")[..4];
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("admin");
            await console.GotoAsync("/tags");
            await console.Page.Locator("input[data-testid=propose-name]").FillAsync(name);
            await console.Page.Locator("input[data-testid=propose-unit]").FillAsync("教育部");
            await console.Page.Locator("input[data-testid=propose-unit]").PressAsync("Tab");
            await console.ByTestId("propose-submit").ClickAsync();

            var row = console.Page.Locator("tr", new() { Has = console.Page.GetByText(name, new() { Exact = true }) });
            await Assertions.Expect(row).ToContainTextAsync("提案中");
            await row.Locator("[data-testid=tag-open]").ClickAsync();
            await Assertions.Expect(console.ByTestId("tag-title")).ToHaveTextAsync(name);

            await console.ByTestId("tag-activate").ClickAsync();
            await Assertions.Expect(console.ByTestId("lifecycle-error")).ToContainTextAsync("尚無定義說明");

            await console.Page.Locator("textarea[data-testid=edit-definition]").FillAsync("以海洋教育為主題之教師研習。");
            await console.Page.Locator("textarea[data-testid=edit-definition]").PressAsync("Tab");
            await console.ByTestId("edit-save").ClickAsync();
            await Assertions.Expect(console.ByTestId("tag-message")).ToHaveTextAsync("已儲存。");
            await console.ByTestId("tag-activate").ClickAsync();

            await Assertions.Expect(console.ByTestId("tag-status")).ToHaveTextAsync("使用中");
            await Assertions.Expect(console.ByTestId("tag-message")).ToHaveTextAsync("已啟用，自 115/11/25 起可使用。");
            await Assertions.Expect(console.ByTestId("history-entry")).ToHaveCountAsync(3);
        }
        finally
        {
            await console.CloseAsync();
        }
    }
}
