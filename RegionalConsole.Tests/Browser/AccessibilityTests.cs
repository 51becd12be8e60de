using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RegionalConsole.Components.Layout;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;

namespace RegionalConsole.Tests.Browser;

/// <summary>
/// Every page of every role, and the main states within them, pass axe's WCAG 2.1 AA rules with no critical or serious
/// violation (issue 19). One server, one browser, the pages in a loop; each test lists everything it found at once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, ConsoleServerFixture server) : IClassFixture<ConsoleServerFixture>
{

    [Fact]
    public async Task EveryPageAReviewerOpensPassesWcagAA()
    {
        var items = await OpenItemsAsync();
        var tag = await server.App.WithDbAsync(db => db.Tags.Select(t => t.Id).FirstAsync());
        string[] extra = [$"/reviews/{items.Course}", $"/reviews/{items.Roster}", $"/reviews/{items.Cancellation}", $"/courses/{items.CourseNo}", $"/tags/{tag}"];
        await AssertPagesAsync($"reviewer-{items.Centre}-1", ConsoleRole.Reviewer, extra);
    }

    [Fact]
    public async Task EveryPageASupervisorOpensPassesWcagAAWithTheAssignDialogOpen()
    {
        var items = await OpenItemsAsync();
        await AssertPagesAsync($"supervisor-{items.Centre}", ConsoleRole.Supervisor, [$"/reviews/{items.Course}"], async (page, found) =>
        {
            await page.GotoAsync($"/queues/course?centre={items.Centre}");
            await page.Page.Locator("[data-testid=queue-grid] tbody input[type=checkbox]").First.CheckAsync();
            await page.ByTestId("assign-selected").ClickAsync();
            await page.Page.Locator(".mud-dialog [data-testid=assign-reviewer]").WaitForAsync();
            found.Add(("assign dialog", await Accessibility.SeriousViolationsAsync(page.Page)));
        });
    }

    [Fact]
    public async Task EveryPageAnAdministratorOpensPassesWcagAA() =>
        await AssertPagesAsync("admin", ConsoleRole.Administrator, []);

    [Fact]
    public async Task TheMainPagesInEnglishPassWcagAA()
    {
        var items = await OpenItemsAsync();
        var context = await Accessibility.NewContextAsync(browser.Browser, "en");
        var page = new ConsolePage(await context.NewPageAsync(), server.BaseAddress);
        var found = new List<(string, IReadOnlyList<string>)>();
        try
        {
            await page.GotoAsync($"/dev-signin?as=reviewer-{items.Centre}-1&returnUrl=%2F");
            await page.Page.GotoAsync(new Uri(server.BaseAddress, "/culture?culture=en&returnUrl=%2F").ToString());
            foreach (var path in new[] { "/", "/queues/course", $"/reviews/{items.Course}", $"/reviews/{items.Roster}", "/statistics", "/calendar" })
            {
                found.Add((path + " (en)", await CheckAsync(page, path)));
            }
        }
        finally
        {
            await context.CloseAsync();
        }

        Assert.True(found.All(f => f.Item2.Count == 0), Accessibility.Report(found));
    }

    [Fact]
    public async Task TheSignInAndNotFoundPagesPassWcagAA()
    {
        var context = await Accessibility.NewContextAsync(browser.Browser);
        var page = await context.NewPageAsync();
        var found = new List<(string, IReadOnlyList<string>)>();
        try
        {
            foreach (var path in new[] { "/dev-signin", "/signed-out", "/no-access" })
            {
                await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
                found.Add((path, await Accessibility.SeriousViolationsAsync(page)));
            }
        }
        finally
        {
            await context.CloseAsync();
        }

        Assert.True(found.All(f => f.Item2.Count == 0), Accessibility.Report(found));
    }

    private async Task AssertPagesAsync(string userName, ConsoleRole role, string[] extra, Func<ConsolePage, List<(string, IReadOnlyList<string>)>, Task>? more = null)
    {
        var context = await Accessibility.NewContextAsync(browser.Browser);
        var page = new ConsolePage(await context.NewPageAsync(), server.BaseAddress);
        var found = new List<(string, IReadOnlyList<string>)>();
        try
        {
            await page.GotoAsync($"/dev-signin?as={userName}&returnUrl=%2F");
            foreach (var path in NavigationItems.For(role).Select(i => i.Href).Concat(extra).Append("/not-found"))
            {
                found.Add((path, await CheckAsync(page, path)));
            }

            if (more is not null)
            {
                await more(page, found);
            }
        }
        finally
        {
            await context.CloseAsync();
        }

        Assert.True(found.All(f => f.Item2.Count == 0), Accessibility.Report(found));
    }

    private static async Task<IReadOnlyList<string>> CheckAsync(ConsolePage page, string path)
    {
        await page.GotoAsync(path);
        await page.Page.Locator("h1").First.WaitForAsync();
        // Pages fill their tables after the circuit attaches; what axe sees should be the page a person reads.
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return await Accessibility.SeriousViolationsAsync(page.Page);
    }

    /// <summary>An open item of each kind in one centre whose county has a supervisor (the demo set has several).</summary>
    private async Task<(string Centre, int Course, int Roster, int Cancellation, string CourseNo)> OpenItemsAsync() =>
        await server.App.WithDbAsync(async db =>
        {
            var kinds = await db.ReviewItems.Where(i => i.Outcome == null).Select(i => new { i.CentreCode, i.Kind }).Distinct().ToListAsync();
            var supervisors = await db.Accounts.Where(a => a.UserName.StartsWith("supervisor-")).Select(a => a.UserName).ToListAsync();
            var centre = kinds.GroupBy(k => k.CentreCode)
                .Where(g => g.Count() == 3 && supervisors.Contains("supervisor-" + g.Key))
                .Select(g => g.Key).Order().First();
            var open = db.ReviewItems.Where(i => i.CentreCode == centre && i.Outcome == null);
            var course = await open.Where(i => i.Kind == ReviewKind.Course).OrderBy(i => i.Id).Select(i => new { i.Id, i.Course!.CourseNo }).FirstAsync();
            var roster = await open.Where(i => i.Kind == ReviewKind.Roster).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
            var cancellation = await open.Where(i => i.Kind == ReviewKind.Cancellation).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
            return (centre, course.Id, roster, cancellation, course.CourseNo);
        });
}
