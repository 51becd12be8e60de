using Microsoft.Playwright;

namespace RegionalConsole.Tests.Browser;

/// <summary>The shell in a real browser: the drawer, remembered; the skip link; a phone-width app bar.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ShellJourneyTests(BrowserFixture browser, ConsoleServerFixture server) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task TheMenuButtonClosesTheDrawerAndTheNextPageKeepsItClosedUntilReopened()
    {
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("reviewer-63000-1");
            var drawer = console.Page.Locator("#rc-drawer");
            var main = console.Page.Locator("#main-content");
            var menu = console.ByTestId("menu");
            await Assertions.Expect(drawer).ToBeInViewportAsync();
            await Assertions.Expect(main).ToHaveCSSAsync("padding-left", "264px");
            await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");

            await menu.ClickAsync();

            await Assertions.Expect(drawer).ToBeHiddenAsync();
            await Assertions.Expect(main).ToHaveCSSAsync("padding-left", "24px");
            await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");

            // Another page, loaded in full: still closed, and the button says so once the circuit attaches.
            await console.GotoAsync("/queues/course");
            await Assertions.Expect(drawer).ToBeHiddenAsync();
            await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");

            await menu.ClickAsync();

            await Assertions.Expect(drawer).ToBeInViewportAsync();
            await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
            await console.GotoAsync("/");
            await Assertions.Expect(drawer).ToBeInViewportAsync();
        }
        finally
        {
            await console.CloseAsync();
        }
    }

    [Fact]
    public async Task TheSkipLinkComesFirstShowsWhenFocusedAndMovesFocusToTheMainContent()
    {
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("reviewer-63000-1");
            await console.GotoAsync("/queues/course");
            var skip = console.ByTestId("skip-link");
            // First in the tab order: nothing focusable comes before it in the document.
            Assert.Equal("skip-link", await console.Page.EvaluateAsync<string>(
                "() => document.querySelector('a[href], button:not([disabled]), input, select, textarea, [tabindex=\"0\"]').dataset.testid"));
            await Assertions.Expect(skip).Not.ToBeInViewportAsync();

            await skip.FocusAsync();

            await Assertions.Expect(skip).ToBeInViewportAsync();
            await Assertions.Expect(skip).ToHaveTextAsync("跳至主要內容");

            await console.Page.Keyboard.PressAsync("Enter");

            await Assertions.Expect(console.Page.Locator("#main-content")).ToBeFocusedAsync();
            Assert.EndsWith("/queues/course", console.Page.Url, StringComparison.Ordinal);
            // The next Tab lands inside the page, past the app bar and the menu.
            await console.Page.Keyboard.PressAsync("Tab");
            Assert.True(await console.Page.EvaluateAsync<bool>("() => document.getElementById('main-content').contains(document.activeElement)"));
        }
        finally
        {
            await console.CloseAsync();
        }
    }

    [Fact]
    public async Task AfterALoadTheFirstTabIsTheSkipLinkAndAPageOpenedFromTheMenuFocusesItsHeading()
    {
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("reviewer-63000-1");
            await console.GotoAsync("/queues/course");
            // The page has drawn its rows: whatever the circuit does with focus after attaching, it has done.
            await console.Page.Locator("[data-testid=queue-grid] tbody [data-testid=course-no]").First.WaitForAsync();
            await console.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            await console.Page.Keyboard.PressAsync("Tab");

            await Assertions.Expect(console.ByTestId("skip-link")).ToBeFocusedAsync();

            await console.Page.Locator("#rc-drawer a[href='/calendar']").ClickAsync();

            await Assertions.Expect(console.Page.Locator("#main-content h1")).ToBeFocusedAsync();
        }
        finally
        {
            await console.CloseAsync();
        }
    }

    [Fact]
    public async Task AtPhoneWidthTheAppBarKeepsOneLineAndTheDrawerOpensOverThePage()
    {
        var context = await browser.Browser.NewContextAsync(new() { Locale = "zh-TW", ViewportSize = new() { Width = 390, Height = 844 } });
        var console = new ConsolePage(await context.NewPageAsync(), server.BaseAddress);
        try
        {
            await console.GotoAsync("/dev-signin?as=reviewer-63000-1&returnUrl=%2F");
            var bar = console.Page.Locator(".rc-appbar");
            await Assertions.Expect(bar).ToHaveCSSAsync("height", "48px");
            // No text in the bar taller than one line (characters stacked one under another was the fault).
            var tallest = await bar.EvaluateAsync<double>("b => Math.max(...[...b.querySelectorAll('a, button, span')].filter(e => e.offsetParent).map(e => e.getBoundingClientRect().height))");
            Assert.True(tallest <= 40, $"an app bar item is {tallest}px tall");
            var drawer = console.Page.Locator("#rc-drawer");
            await Assertions.Expect(drawer).ToBeHiddenAsync();

            await console.ByTestId("menu").ClickAsync();

            await Assertions.Expect(drawer).ToBeVisibleAsync();
            await Assertions.Expect(console.ByTestId("menu")).ToHaveAttributeAsync("aria-expanded", "true");
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
