using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RegionalConsole.Data.Entities;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Features.Courses;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class TagReviewJourneyTests(BrowserFixture browser, ConsoleServerFixture server) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task AReviewerRemovesAWrongTagWithAReasonConfirmsTheOtherAndTheQueueFilterFollows()
    {
        await EnsureOrganiserAsync(server.App);
        var (_, itemId) = await SubmitAsync(server.App, MixedBody(date: "2026-12-07").With("tags", new[] { "國際教育", "資訊非專" }));
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("reviewer-63000-1");
            await console.GotoAsync($"/reviews/{itemId}");

            var wrong = console.Page.Locator("[data-testid=declared-tag][data-tag=資訊非專]");
            await wrong.Locator("[data-testid=tag-remove]").ClickAsync();
            await wrong.Locator("textarea[data-testid=tag-remove-reason], input[data-testid=tag-remove-reason]").FillAsync("課程內容為國際教育，與資訊科技無關。");
            await wrong.Locator("[data-testid=tag-remove-submit]").ClickAsync();
            var right = console.Page.Locator("[data-testid=declared-tag][data-tag=國際教育]");
            await right.Locator("[data-testid=tag-confirm]").ClickAsync();

            await Assertions.Expect(wrong).ToHaveAttributeAsync("data-state", "Removed");
            await Assertions.Expect(wrong.Locator("[data-testid=tag-reason]")).ToContainTextAsync("與資訊科技無關");
            await Assertions.Expect(right).ToHaveAttributeAsync("data-state", "Confirmed");
        }
        finally
        {
            await console.CloseAsync();
        }

        // The queue's tag filter follows the reviewer: the removed tag no longer finds the course, the confirmed one does.
        Assert.DoesNotContain(itemId, await QueueIdsAsync("資訊非專"));
        Assert.Contains(itemId, await QueueIdsAsync("國際教育"));
        Assert.Equal(2, await server.App.WithDbAsync(db => db.AuditLog.CountAsync(a => a.EntityId == itemId.ToString() && a.Action.StartsWith("Tag"))));
    }

    private async Task<List<int>> QueueIdsAsync(string tag)
    {
        await using var scope = server.App.Services.CreateAsyncScope();
        var queues = scope.ServiceProvider.GetRequiredService<QueueService>();
        var user = await UserAsync(server.App, "reviewer-63000-1");
        var page = await queues.PageAsync(user, new QueueQuery("63000", ReviewKind.Course, new QueueFilter { Tag = tag }, PageSize: 200));
        return [.. page.Rows.Select(r => r.Id)];
    }
}
