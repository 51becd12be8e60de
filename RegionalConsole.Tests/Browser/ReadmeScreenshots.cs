using Microsoft.Playwright;

namespace RegionalConsole.Tests.Browser;

/// <summary>
/// Refreshes the README's screenshots from a running console (explicit; not part of the suite):
/// RC_SCREENSHOT_URL=http://localhost:5080 dotnet test --filter ReadmeScreenshots -- xUnit.Explicit=only
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadmeScreenshots(BrowserFixture browser)
{
    [Fact(Explicit = true)]
    public async Task CaptureTheQueueAndAReview()
    {
        var baseAddress = new Uri(Environment.GetEnvironmentVariable("RC_SCREENSHOT_URL") ?? "http://localhost:5080");
        var context = await browser.Browser.NewContextAsync(new() { Locale = "zh-TW", ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = new ConsolePage(await context.NewPageAsync(), baseAddress);
        await page.GotoAsync("/dev-signin?as=reviewer-65000-1&returnUrl=%2Fqueues%2Fcourse");
        await page.Page.Locator("a[href^='/reviews/']").First.WaitForAsync();
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot(), "docs", "queue.png") });

        // A course with a judgement call in its schedule shows the most of the review screen.
        await page.Page.Locator("a[href^='/reviews/']").Nth(3).ClickAsync();
        await page.Page.WaitForURLAsync("**/reviews/**");
        await page.Page.Locator("[data-testid=decision-panel]").WaitForAsync();
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot(), "docs", "review.png"), FullPage = true });
        await context.CloseAsync();
        Assert.True(File.Exists(Path.Combine(RepositoryRoot(), "docs", "review.png")));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RegionalConsole.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("RegionalConsole.sln not found above the test folder.");
    }
}
