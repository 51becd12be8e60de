using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RegionalConsole.Data.Entities;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Features.Queues;

namespace RegionalConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class QueueJourneyTests(BrowserFixture browser, ConsoleServerFixture server) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task AClaimByOneReviewerShowsInTheColleaguesOpenQueueWithoutAReload()
    {
        var data = new QueueData(server.App);
        await data.AddAsync("63000", new DateTime(2026, 11, 24, 9, 0, 0), title: "即時更新示範課程");
        var claimant = await data.UserAsync("reviewer-63000-1");
        var one = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        var two = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await one.SignInFromListAsync("reviewer-63000-1");
            await two.SignInFromListAsync("reviewer-63000-2");
            await one.GotoAsync("/queues/course");
            await two.GotoAsync("/queues/course");
            var rowOne = one.Page.Locator("tr", new() { HasText = "即時更新示範課程" });
            var rowTwo = two.Page.Locator("tr", new() { HasText = "即時更新示範課程" });
            await Assertions.Expect(rowTwo.Locator("[data-testid=claim]")).ToBeVisibleAsync();
            // A full reload would drop this mark.
            await two.Page.EvaluateAsync("() => window.rcNotReloaded = true");

            await rowOne.Locator("[data-testid=claim]").ClickAsync();

            await Assertions.Expect(rowTwo.Locator("[data-testid=assignee]")).ToHaveTextAsync(claimant.DisplayName);
            await Assertions.Expect(rowTwo.Locator("[data-testid=claim]")).ToHaveCountAsync(0);
            Assert.True(await two.Page.EvaluateAsync<bool>("() => window.rcNotReloaded === true"));
        }
        finally
        {
            await one.CloseAsync();
            await two.CloseAsync();
        }
    }

    [Fact]
    public async Task ASupervisorAssignsTheSelectedItemsToAReviewerOfTheCentre()
    {
        var data = new QueueData(server.App);
        await data.AddAsync("64000", new DateTime(2026, 11, 24, 9, 0, 0), title: "督導指派示範課程");
        var reviewer = await data.UserAsync("reviewer-64000-2");
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("supervisor-64000");
            await console.GotoAsync("/queues/course?centre=64000");
            var row = console.Page.Locator("tr", new() { HasText = "督導指派示範課程" });
            await Assertions.Expect(row.Locator("[data-testid=claim]")).ToHaveCountAsync(0); // Read-only: no claiming.

            await row.Locator("input[type=checkbox]").CheckAsync();
            await console.ByTestId("assign-selected").ClickAsync();
            await console.Page.Locator(".mud-dialog [data-testid=assign-reviewer]").ClickAsync();
            await console.Page.GetByRole(AriaRole.Option, new() { Name = reviewer.DisplayName, Exact = false }).ClickAsync();
            await console.ByTestId("assign-confirm").ClickAsync();

            await Assertions.Expect(row.Locator("[data-testid=assignee]")).ToHaveTextAsync(reviewer.DisplayName);
        }
        finally
        {
            await console.CloseAsync();
        }
    }

    [Fact]
    public async Task AReviewerTicksRowsAndClaimsAnItemThenHandsItBack()
    {
        var data = new QueueData(server.App);
        await data.AddAsync("63000", new DateTime(2026, 11, 24, 10, 0, 0), title: "認領歸還示範課程");
        var reviewer = await data.UserAsync("reviewer-63000-2");
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("reviewer-63000-2");
            await console.GotoAsync("/queues/course");
            var row = console.Page.Locator("tr", new() { HasText = "認領歸還示範課程" });
            var assign = console.ByTestId("assign-selected");

            // Each press reaches the grid once: ticked, then unticked again.
            await row.Locator("input[type=checkbox]").CheckAsync();
            await Assertions.Expect(assign).ToContainTextAsync("（1）");
            await Assertions.Expect(row.Locator("input[type=checkbox]")).ToBeCheckedAsync();
            await row.Locator("input[type=checkbox]").UncheckAsync();
            await Assertions.Expect(assign).ToBeDisabledAsync();

            // What worked shows in the row itself; no message pops up for it.
            await row.Locator("[data-testid=claim]").ClickAsync();
            await Assertions.Expect(row.Locator("[data-testid=assignee]")).ToHaveTextAsync(reviewer.DisplayName);
            await Assertions.Expect(console.Page.Locator(".mud-snackbar")).ToHaveCountAsync(0);

            await row.Locator("[data-testid=unassign]").ClickAsync();
            await Assertions.Expect(row.Locator("[data-testid=claim]")).ToBeVisibleAsync();
            await Assertions.Expect(row.Locator("[data-testid=assignee]")).ToHaveCountAsync(0);
            await Assertions.Expect(console.Page.Locator(".mud-snackbar")).ToHaveCountAsync(0);
        }
        finally
        {
            await console.CloseAsync();
        }
    }

    [Fact]
    public async Task AClaimAColleagueWonAMomentEarlierIsRefusedWithTheirNameAndTheRowShowsThem()
    {
        var data = new QueueData(server.App);
        var item = await data.AddAsync("63000", new DateTime(2026, 11, 24, 11, 0, 0), title: "同時認領示範課程");
        var winner = await data.UserAsync("reviewer-63000-1");
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("reviewer-63000-2");
            await console.GotoAsync("/queues/course");
            var row = console.Page.Locator("tr", new() { HasText = "同時認領示範課程" });
            await Assertions.Expect(row.Locator("[data-testid=claim]")).ToBeVisibleAsync();

            // The colleague's claim is saved while this page still offers the item (its notice not yet arrived).
            await server.App.WithDbAsync(db => db.ReviewItems.Where(i => i.Id == item.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.AssigneeId, winner.AccountId)));
            await row.Locator("[data-testid=claim]").ClickAsync();

            await Assertions.Expect(console.Page.Locator(".mud-snackbar")).ToContainTextAsync($"已由 {winner.DisplayName} 認領");
            await Assertions.Expect(row.Locator("[data-testid=assignee]")).ToHaveTextAsync(winner.DisplayName);
        }
        finally
        {
            await console.CloseAsync();
        }
    }

    [Fact]
    public async Task ASubmissionRaisesTheQueueBadgeOfAnOpenPageWithoutAReload()
    {
        var data = new QueueData(server.App);
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("reviewer-63000-1");
            await console.GotoAsync("/");
            var badge = console.ByTestId("badge-course");
            var before = await badge.CountAsync() == 0 ? 0 : int.Parse(await badge.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

            // An organiser's course arrives and its centre's pages are told, as the intake service does.
            var item = await data.AddAsync("63000", new DateTime(2026, 11, 25, 9, 0, 0), title: "徽章計數示範課程");
            server.App.Services.GetRequiredService<IQueueNotifier>().Publish(new QueueChange("63000", ReviewKind.Course, item.Id, QueueChange.Submitted));

            await Assertions.Expect(badge).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            await console.CloseAsync();
        }
    }
}
