using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using RegionalConsole.Domain.Review;
using static RegionalConsole.Tests.Browser.ReviewerMorningData;

namespace RegionalConsole.Tests.Browser;

/// <summary>
/// A reviewer's morning as one journey (issue 19): the queue, a claim, the review, a tag, a decision with a template,
/// the next item, a roster and a cancellation — with axe's WCAG 2.1 AA rules run on every page it passes and what the
/// reviewer sees asserted at each step.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewerMorningJourneyTests(BrowserFixture browser, ConsoleServerFixture server) : IClassFixture<ConsoleServerFixture>
{
    private const string Reviewer = "reviewer-63000-1";

    [Fact]
    public async Task AReviewerWorksTheQueueARosterAndACancellationOnAccessiblePages()
    {
        var data = await ArrangeAsync(server.App);
        var me = await Support.ReviewScenario.UserAsync(server.App, Reviewer);
        var context = await Accessibility.NewContextAsync(browser.Browser);
        var console = new ConsolePage(await context.NewPageAsync(), server.BaseAddress);
        var found = new List<(string, IReadOnlyList<string>)>();
        try
        {
            await console.GotoAsync($"/dev-signin?as={Reviewer}&returnUrl=%2Fqueues%2Fcourse");

            // The queue: the reviewer claims the first course; the row says it is theirs.
            var row = Row(console, data.Course.No);
            await row.Locator("[data-testid=claim]").ClickAsync();
            await Assertions.Expect(row.Locator("[data-testid=assignee]")).ToHaveTextAsync(me.DisplayName);
            await AxeAsync(console, "course queue", found);

            // The review: the claim shows in the header.
            await OpenFromQueueAsync(console, data.Course);
            await Assertions.Expect(console.ByTestId("review-assignee")).ToContainTextAsync(me.DisplayName);
            await Assertions.Expect(console.ByTestId("title-course-no")).ToContainTextAsync(data.Course.No);
            await AxeAsync(console, "course review", found);

            // The tags: the wrong one removed with the administrators' reason, the right one confirmed.
            var wrong = console.Page.Locator($"[data-testid=declared-tag][data-tag={WrongTag}]");
            await wrong.Locator("[data-testid=tag-remove]").ClickAsync();
            await PickTemplateAsync(console, wrong.Locator("[data-testid=tag-remove-templates] button"), TagRemovalTemplate);
            await Assertions.Expect(wrong.Locator("textarea[data-testid=tag-remove-reason]")).ToHaveValueAsync(TagRemovalTemplate);
            await wrong.Locator("[data-testid=tag-remove-submit]").ClickAsync();
            var right = console.Page.Locator($"[data-testid=declared-tag][data-tag={RightTag}]");
            await right.Locator("[data-testid=tag-confirm]").ClickAsync();
            await Assertions.Expect(wrong).ToHaveAttributeAsync("data-state", "Removed");
            await Assertions.Expect(wrong.Locator("[data-testid=tag-reason]")).ToContainTextAsync(TagRemovalTemplate);
            await Assertions.Expect(right).ToHaveAttributeAsync("data-state", "Confirmed");

            // The decision with a template; the message names the course and the next item has arrived.
            await PickTemplateAsync(console, console.Page.Locator("[data-testid=decision-templates] button"), ReturnTemplate);
            await Assertions.Expect(console.Page.Locator("textarea[data-testid=decision-reason]")).ToHaveValueAsync(ReturnTemplate);
            await console.ByTestId("return").ClickAsync();
            await Assertions.Expect(console.Page).ToHaveURLAsync(new Regex($"/reviews/{data.Next.Item}$"));
            await Assertions.Expect(console.ByTestId("decision-message")).ToHaveTextAsync($"{data.Course.No} 已退回修正。");
            await Assertions.Expect(console.ByTestId("review-head")).ToHaveAttributeAsync("data-arrived", "true");
            await Assertions.Expect(console.ByTestId("title-course-no")).ToContainTextAsync(data.Next.No);
            await AxeAsync(console, "next course review, after the decision", found);

            // The roster: approving asks first and says the hours it issues; the message says they are issued.
            var hours = (Attendees * HoursEach).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
            await GoToQueueAsync(console, "/queues/roster");
            await AxeAsync(console, "roster queue", found);
            await OpenFromQueueAsync(console, data.Roster);
            await Assertions.Expect(console.Page.Locator("[data-testid=roster-attendee]")).ToHaveCountAsync(Attendees);
            await AxeAsync(console, "roster review", found);
            await console.ByTestId("approve").ClickAsync();
            await Assertions.Expect(console.ByTestId("confirm-decision-text"))
                .ToHaveTextAsync($"通過 {data.Roster.No} 的研習名單，將核發 {Attendees} 位教師、共 {hours} 小時。");
            await AxeAsync(console, "roster approval confirmation", found);
            await console.ByTestId("confirm-decision").ClickAsync();
            await Assertions.Expect(console.ByTestId("decision-message"))
                .ToHaveTextAsync($"{data.Roster.No} 研習名單已審核通過，已核發 {Attendees} 位教師、共 {hours} 小時。");

            // The cancellation: its review shows the organiser's reason; approving it decides it.
            await GoToQueueAsync(console, "/queues/cancellation");
            await AxeAsync(console, "cancellation queue", found);
            await OpenFromQueueAsync(console, data.Cancellation);
            await Assertions.Expect(console.ByTestId("cancellation-reason")).ToContainTextAsync("報名人數不足");
            await Assertions.Expect(console.ByTestId("reject")).ToHaveCountAsync(0);
            await AxeAsync(console, "cancellation review", found);
            await console.ByTestId("approve").ClickAsync();
            await Assertions.Expect(console.ByTestId("decision-message")).ToHaveTextAsync($"{data.Cancellation.No} 已審核通過。");
        }
        finally
        {
            await context.CloseAsync();
        }

        Assert.True(found.All(f => f.Item2.Count == 0), Accessibility.Report(found));
        var outcomes = await server.App.WithDbAsync(db => db.ReviewItems
            .Where(i => i.Id == data.Course.Item || i.Id == data.Roster.Item || i.Id == data.Cancellation.Item)
            .OrderBy(i => i.Id).Select(i => i.Outcome).ToListAsync());
        Assert.Equal([ReviewOutcome.Returned, ReviewOutcome.Approved, ReviewOutcome.Approved], outcomes);
        var held = await CourseAsync(server.App, data.Roster.No);
        Assert.Equal(Attendees * HoursEach, held.GetProperty("roster").GetProperty("hoursIssued").GetDecimal());
    }

    private static ILocator Row(ConsolePage console, string courseNo) =>
        console.Page.Locator("[data-testid=queue-grid] tbody tr").Filter(new() { Has = console.Page.Locator("[data-testid=course-no]", new() { HasText = courseNo }) });

    /// <summary>Through the menu, as a reviewer moves between queues (the page loads inside the circuit).</summary>
    private static async Task GoToQueueAsync(ConsolePage console, string path)
    {
        await console.Page.Locator($"#rc-drawer a[href='{path}']").ClickAsync();
        await Assertions.Expect(console.Page).ToHaveURLAsync(new Regex($"{Regex.Escape(path)}$"));
        await console.Page.Locator("[data-testid=queue-grid] tbody [data-testid=course-no]").First.WaitForAsync();
    }

    private static async Task OpenFromQueueAsync(ConsolePage console, (string No, int Item) item)
    {
        await Row(console, item.No).Locator("[data-testid=course-no]").ClickAsync();
        await Assertions.Expect(console.Page).ToHaveURLAsync(new Regex($"/reviews/{item.Item}$"));
        await console.Page.Locator($"[data-testid=review][data-item='{item.Item}'] [data-testid=decision-panel]").WaitForAsync();
    }

    private static async Task PickTemplateAsync(ConsolePage console, ILocator menu, string text)
    {
        await menu.ClickAsync();
        await console.Page.Locator("[data-testid=reason-template]", new() { HasText = text }).ClickAsync();
    }

    private static async Task AxeAsync(ConsolePage console, string where, List<(string, IReadOnlyList<string>)> found) =>
        found.Add((where, await Accessibility.SeriousViolationsAsync(console.Page)));
}
