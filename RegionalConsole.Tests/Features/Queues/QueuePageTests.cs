using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Queues;

/// <summary>The queue pages as served (prerendered) at their bookmarkable addresses (SPEC §6).</summary>
public sealed class QueuePageTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Theory]
    [InlineData("course", "課程審核佇列")]
    [InlineData("roster", "名單審核佇列")]
    [InlineData("cancellation", "停辦審查佇列")]
    public async Task EachKindHasItsOwnAddress(string kind, string title)
    {
        var html = await PageAsync("reviewer-63000-1", $"/queues/{kind}");

        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains("臺北市教師在職進修區域管理中心", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewerAskingForAnotherCentreIsRefusedWithAMessageAndShownNoQueue()
    {
        var html = await PageAsync("reviewer-63000-1", "/queues/course?centre=65000");

        Assert.Contains("您無權檢視區域管理中心「65000」的佇列", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"queue-grid\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASupervisorSeesTheCentreTheyPickWithACentrePicker()
    {
        var html = await PageAsync("supervisor-K12EA", "/queues/roster?centre=NATIONAL");

        Assert.Contains("data-testid=\"centre-picker\"", html, StringComparison.Ordinal);
        Assert.Contains("全國教師在職進修資訊網及全國推廣中心", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"queue-grid\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASupervisorAskingForACentreOutsideTheirAuthorityIsRefused()
    {
        var html = await PageAsync("supervisor-K12EA", "/queues/course?centre=63000");

        Assert.Contains("data-testid=\"centre-refused\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"queue-grid\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownKindSaysSo()
    {
        var html = await PageAsync("reviewer-63000-1", "/queues/holidays");

        Assert.Contains("沒有這種佇列", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNavigationListsTheThreeQueues()
    {
        var html = await PageAsync("reviewer-63000-1", "/");

        Assert.Contains("href=\"/queues/course\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/queues/roster\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/queues/cancellation\"", html, StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string account, string path)
    {
        using var client = app.CreateClient();
        await client.GetAsync($"/dev-signin?as={account}");
        return await client.GetStringAsync(path);
    }
}
