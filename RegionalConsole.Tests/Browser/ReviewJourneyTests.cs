using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReviewJourneyTests(BrowserFixture browser, ConsoleServerFixture server) : IClassFixture<ConsoleServerFixture>
{
    private const string NewOutline = "旨在提升教師跨文化課程設計能力，透過實作產出教案，並於校內公開授課分享。";
    private const string OverrideReason = "經電話確認下午另有實作 1 小時，課程表漏列。";

    [Fact]
    public async Task AReviewerJudgesAResubmissionOverridesItsErrorApprovesAndLandsOnTheNextItem()
    {
        var (returned, next) = await ResubmissionAndNextItemAsync();
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("reviewer-63000-1");
            await console.GotoAsync($"/reviews/{returned}");

            // The mixed segment asks for the reviewer's judgement, its deciding term marked.
            var mixed = console.Page.Locator("[data-testid=segment-row][data-index='1']");
            await Assertions.Expect(mixed.Locator("[data-testid=segment-chip]")).ToHaveTextAsync("待判斷・開閉幕");
            await Assertions.Expect(mixed.Locator("[data-testid=deciding-term]")).ToHaveTextAsync("開幕");
            await Assertions.Expect(console.Page.Locator("[data-testid=check][data-code=SEGMENT_NEEDS_JUDGEMENT]")).ToBeVisibleAsync();

            // What changed since the return.
            await Assertions.Expect(console.ByTestId("diff-basis")).ToContainTextAsync("已審結的第 1 版");
            await Assertions.Expect(console.Page.Locator("[data-field=FieldOutline] ins").Last).ToHaveTextAsync("於校內公開授課");
            await Assertions.Expect(console.Page.Locator("[data-field=FieldDeclaredHours] [data-testid=diff-after]")).ToHaveTextAsync("4");

            // The hours error blocks approval until the reviewer writes why it is overridden; then A approves.
            await Assertions.Expect(console.ByTestId("approve")).ToBeDisabledAsync();
            await console.Page.Locator("textarea[data-testid=override-reason]").FillAsync(OverrideReason);
            await Assertions.Expect(console.ByTestId("approve")).ToBeEnabledAsync();
            await console.WaitForShortcutsAsync();
            await console.Page.Keyboard.PressAsync("Escape");
            await console.Page.Keyboard.PressAsync("a");

            await Assertions.Expect(console.Page).ToHaveURLAsync(new Regex($"/reviews/{next}$"));
            await Assertions.Expect(console.Page.Locator($"[data-testid=review][data-item='{next}']")).ToBeVisibleAsync();
        }
        finally
        {
            await console.CloseAsync();
        }

        var decision = await server.App.WithDbAsync(db => db.Decisions.SingleAsync(d => d.ReviewItemId == returned));
        Assert.Equal(ReviewOutcome.Approved, decision.Outcome);
        Assert.Equal(OverrideReason, decision.OverrideReason);
    }

    [Fact]
    public async Task ASupervisorReadsTheItemWithoutADecisionPanel()
    {
        await EnsureOrganiserAsync(server.App);
        var (_, itemId) = await SubmitAsync(server.App, MixedBody(date: "2026-12-04"));
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("supervisor-63000");
            await console.GotoAsync($"/reviews/{itemId}");

            await Assertions.Expect(console.ByTestId("read-only")).ToBeVisibleAsync();
            await Assertions.Expect(console.ByTestId("decision-panel")).ToHaveCountAsync(0);
            await Assertions.Expect(console.ByTestId("schedule")).ToBeVisibleAsync();
        }
        finally
        {
            await console.CloseAsync();
        }
    }

    /// <summary>
    /// A course returned and sent again with an error (4 hours declared against 90 creditable and 90 mixed minutes),
    /// and a second course submitted a minute later on the same start day: next in the queue after the first.
    /// </summary>
    private async Task<(int Returned, int Next)> ResubmissionAndNextItemAsync()
    {
        var app = server.App;
        await EnsureOrganiserAsync(app);
        var body = MixedBody(date: "2026-11-26");
        var (courseNo, first) = await SubmitAsync(app, body);
        Assert.Equal(DecisionStatus.Decided, (await DecideAsync(app, "reviewer-63000-2", first, ReviewDecision.Return("請補充課程大綱。"))).Status);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var resubmitted = await ModifyAsync(app, courseNo, body.With("outline", NewOutline).With("declaredHours", 4));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var (_, next) = await SubmitAsync(app, MixedBody(date: "2026-11-26"));
        return (resubmitted, next);
    }
}
