using Microsoft.Playwright;

namespace RegionalConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PreschoolJourneyTests(BrowserFixture browser, ConsoleServerFixture server) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task ASupervisorOpensPreschoolAndSeesTheirCountysPreschoolsWithTheirCourseCounts()
    {
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("supervisor-10015");
            await console.GotoAsync("/preschool");

            await Assertions.Expect(console.ByTestId("preschool-scope")).ToHaveTextAsync("花蓮縣");
            await Assertions.Expect(console.ByTestId("preschool-registration")).ToContainTextAsync("幼兒園登錄教保課程數（民國115年）");
            await Assertions.Expect(console.ByTestId("preschool-row").First).ToBeVisibleAsync();
            await Assertions.Expect(console.ByTestId("preschool-courses").First).ToHaveTextAsync("0");
            await Assertions.Expect(console.ByTestId("exchange-runs")).ToHaveCountAsync(0);
        }
        finally
        {
            await console.CloseAsync();
        }
    }
}
