using Microsoft.Playwright;

namespace RegionalConsole.Tests.Browser;

/// <summary>
/// Refreshes the README's screenshots (docs/*.png) from a running console (explicit; not part of the suite):
/// RC_SCREENSHOT_URL=http://localhost:5080 dotnet test --filter ReadmeScreenshots -- xUnit.Explicit=only
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadmeScreenshots(BrowserFixture browser)
{
    /// <summary>The queue and a review at the two screen sizes the layout is made for (issue 19): 1440×900 and 1280×720.</summary>
    [Theory(Explicit = true)]
    [InlineData(1440, 900, "")]
    [InlineData(1280, 720, "-1280x720")]
    public async Task CaptureTheQueueAndAReview(int width, int height, string suffix)
    {
        var baseAddress = new Uri(Environment.GetEnvironmentVariable("RC_SCREENSHOT_URL") ?? "http://localhost:5080");
        var context = await browser.Browser.NewContextAsync(new() { Locale = "zh-TW", ViewportSize = new() { Width = width, Height = height } });
        var page = new ConsolePage(await context.NewPageAsync(), baseAddress);
        await page.GotoAsync("/dev-signin?as=reviewer-65000-1&returnUrl=%2Fqueues%2Fcourse");
        await page.Page.Locator("[data-testid=queue-grid] tbody a[href^='/reviews/']").First.WaitForAsync();
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Page.ScreenshotAsync(new() { Path = Shot("queue", suffix) });

        // A course with a judgement call in its schedule shows the most of the review screen; what fits without scrolling.
        await page.Page.Locator("[data-testid=queue-grid] tbody a[href^='/reviews/']").Nth(3).ClickAsync();
        await page.Page.WaitForURLAsync("**/reviews/**");
        await page.Page.Locator("[data-testid=decision-panel]").WaitForAsync();
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Page.ScreenshotAsync(new() { Path = Shot("review", suffix) });
        await context.CloseAsync();
        Assert.True(File.Exists(Shot("review", suffix)));
    }

    private static string Shot(string name, string suffix) => Path.Combine(RepositoryRoot(), "docs", $"{name}{suffix}.png");

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
