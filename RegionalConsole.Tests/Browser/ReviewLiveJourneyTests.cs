using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RegionalConsole.Domain.Review;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Browser;

/// <summary>A reviewer's review page made safe and live (issue #19): templates, confirmation, a colleague's decision shown at once.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewLiveJourneyTests(BrowserFixture browser, ConsoleServerFixture server) : IClassFixture<ConsoleServerFixture>
{
    private const string Template = "請補充課程大綱，說明各時段的研習內容。";

    [Fact]
    public async Task AReviewerClaimsReturnsWithATemplateAndRejectsOnlyAfterConfirming()
    {
        await EnsureOrganiserAsync(server.App);
        var (returnedNo, returned) = await SubmitAsync(server.App, MixedBody(title: "範本退回示範課程", date: "2026-12-04"));
        var (rejectedNo, rejected) = await SubmitAsync(server.App, MixedBody(title: "確認不通過示範課程", date: "2026-12-04"));
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("reviewer-63000-1");
            await console.GotoAsync($"/reviews/{returned}");

            // Taken here: the keyboard goes to the decision, not back to the page's top.
            await console.ByTestId("review-claim").ClickAsync();
            await Assertions.Expect(console.ByTestId("review-assignee")).ToContainTextAsync("承辦人");
            await Assertions.Expect(console.ByTestId("decision-title")).ToBeFocusedAsync();

            await console.Page.Locator("[data-testid=decision-templates] button").ClickAsync();
            await console.Page.Locator("[data-testid=reason-template]", new() { HasText = Template }).ClickAsync();
            await Assertions.Expect(console.Page.Locator("textarea[data-testid=decision-reason]")).ToHaveValueAsync(Template);
            await console.WaitForShortcutsAsync();
            await console.Page.Keyboard.PressAsync("Escape");
            await console.Page.Keyboard.PressAsync("r");

            await Assertions.Expect(console.Page).Not.ToHaveURLAsync(new Regex($"/reviews/{returned}$"));
            await Assertions.Expect(console.ByTestId("decision-message")).ToHaveTextAsync($"{returnedNo} 已退回修正。");
            await Assertions.Expect(console.ByTestId("review-head")).ToHaveAttributeAsync("data-arrived", "true");
            await Assertions.Expect(console.ByTestId("review-title")).ToBeFocusedAsync();

            // 不通過 is final: X asks first, Esc keeps the item open, Enter confirms.
            await console.GotoAsync($"/reviews/{rejected}");
            await console.WaitForShortcutsAsync();
            await console.Page.Locator("textarea[data-testid=decision-reason]").FillAsync("課程內容與教師專業發展無關。");
            await console.Page.Keyboard.PressAsync("Escape");
            await console.Page.Keyboard.PressAsync("x");
            await Assertions.Expect(console.ByTestId("confirm-decision-text")).ToContainTextAsync("最終決定");
            await console.Page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(console.ByTestId("confirm-decision-text")).ToHaveCountAsync(0);
            Assert.Null(await server.App.WithDbAsync(db => db.ReviewItems.Where(i => i.Id == rejected).Select(i => i.Outcome).SingleAsync()));
            await console.ByTestId("reject").ClickAsync();
            await console.ByTestId("confirm-decision").ClickAsync();
            // The message names the course, on the next item or, when the queue has none after it, on this one.
            await Assertions.Expect(console.ByTestId("decision-message")).ToContainTextAsync(rejectedNo);
        }
        finally
        {
            await console.CloseAsync();
        }

        var outcomes = await server.App.WithDbAsync(db => db.ReviewItems.Where(i => i.Id == returned || i.Id == rejected)
            .OrderBy(i => i.Id).Select(i => i.Outcome).ToListAsync());
        Assert.Equal([ReviewOutcome.Returned, ReviewOutcome.Rejected], outcomes);
        Assert.Equal(Template, await server.App.WithDbAsync(db => db.Decisions.Where(d => d.ReviewItemId == returned).Select(d => d.Reason).SingleAsync()));
    }

    [Fact]
    public async Task AColleaguesDecisionShowsOnTheOpenPageWithinASecondAndTheTypedTextStays()
    {
        await EnsureOrganiserAsync(server.App);
        var (_, itemId) = await SubmitAsync(server.App, MixedBody(title: "即時審核頁示範課程", date: "2026-12-04"));
        var one = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        var two = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await one.SignInFromListAsync("reviewer-63000-1");
            await two.SignInFromListAsync("reviewer-63000-2");
            await one.GotoAsync($"/reviews/{itemId}");
            await two.GotoAsync($"/reviews/{itemId}");
            await one.Page.Locator("textarea[data-testid=decision-reason]").FillAsync("尚未送出的理由：請補充講師簡介。");
            await two.Page.Locator("textarea[data-testid=decision-reason]").FillAsync("請補充課程大綱。");

            var clock = Stopwatch.StartNew();
            await two.ByTestId("return").ClickAsync();
            await Assertions.Expect(one.ByTestId("review-notice")).ToContainTextAsync("已將本件決定為「退回修正」", new() { Timeout = 1_000 });
            clock.Stop();

            await Assertions.Expect(one.Page.Locator("textarea[data-testid=kept-reason]")).ToHaveValueAsync("尚未送出的理由：請補充講師簡介。");
            await Assertions.Expect(one.ByTestId("decision-panel")).ToHaveCountAsync(0);
            Assert.True(clock.ElapsedMilliseconds < 1_000, $"{clock.ElapsedMilliseconds} ms");
        }
        finally
        {
            await one.CloseAsync();
            await two.CloseAsync();
        }
    }
}
