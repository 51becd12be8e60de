using Microsoft.Playwright;

namespace RegionalConsole.Tests.Browser;

/// <summary>Page object for the console shell: sign-in, navigation, waiting for interactivity.</summary>
public sealed class ConsolePage(IPage page, Uri baseAddress)
{
    public IPage Page { get; } = page;

    /// <param name="trustTestCertificates">Accept the self-signed certificate of a test provider served over https.</param>
    public static async Task<ConsolePage> OpenAsync(IBrowser browser, Uri baseAddress, string locale = "zh-TW", bool trustTestCertificates = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            TimezoneId = "Asia/Taipei",
            IgnoreHTTPSErrors = trustTestCertificates,
        });
        return new ConsolePage(await context.NewPageAsync(), baseAddress);
    }

    /// <summary>Signs in through the development sign-in page by picking the account from its list.</summary>
    public async Task SignInFromListAsync(string userName)
    {
        await Page.GotoAsync(new Uri(baseAddress, "/").ToString());
        await ClickToLoadAsync(Page.Locator("[data-testid=demo-accounts]").GetByText(userName, new() { Exact = true }));
    }

    /// <summary>
    /// Opens the console and, sent on to the OpenID provider's sign-in form, signs in there as the given person.
    /// The caller waits for where the console then lands (dashboard or no-access).
    /// </summary>
    public async Task SignInAtProviderAsync(string subject, string email, string name)
    {
        await Page.GotoAsync(baseAddress.ToString());
        var form = Page.Locator("[data-testid=op-login]");
        await form.GetByLabel("Subject").FillAsync(subject);
        await form.GetByLabel("E-mail").FillAsync(email);
        await form.GetByLabel("Name").FillAsync(name);
        await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(new Uri(baseAddress, path).ToString());
        await WaitForInteractiveAsync();
    }

    /// <summary>
    /// Clicks something that loads a whole new page and waits until that page's circuit is attached. Waiting for the
    /// marker alone would pass on the old page; a click on the new one before its circuit attaches can be lost (the
    /// prerendered button is replaced between mouse down and up).
    /// </summary>
    public async Task ClickToLoadAsync(ILocator target)
    {
        // A mark on the old document's root; the new document has none. (A locator, not WaitForFunction: the
        // console's CSP forbids the string evaluation that needs.)
        await Page.EvaluateAsync("() => document.documentElement.dataset.rcLeaving = 'true'");
        await target.ClickAsync();
        await Page.Locator("html:not([data-rc-leaving]) #rc-interactive[data-interactive=true]")
            .WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
    }

    /// <summary>Waits until the Blazor circuit is attached: clicks before that are lost.</summary>
    public Task WaitForInteractiveAsync() =>
        Page.Locator("#rc-interactive[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });

    /// <summary>Waits until the review screen's keyboard shortcuts listen: a key pressed before that is typed, not a command.</summary>
    public Task WaitForShortcutsAsync() =>
        Page.Locator("html[data-rc-shortcuts=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });

    public ILocator ByTestId(string id) => Page.Locator($"[data-testid={id}]");

    public async ValueTask CloseAsync() => await Page.Context.CloseAsync();
}
