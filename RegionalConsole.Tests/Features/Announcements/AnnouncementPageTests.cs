using System.Net;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Announcements;

/// <summary>/announcements and the dashboard's unread list as each role sees them (prerendered HTML).</summary>
public sealed class AnnouncementPageTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task AReviewerSeesTheSeededAnnouncementUnreadOnTheDashboard()
    {
        var html = await PageAsync("reviewer-64000-1", "/");

        Assert.Contains("data-testid=\"unread-announcements\"", html, StringComparison.Ordinal);
        Assert.Contains("研習課程取消或延期之完整程序", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewerReadsAnnouncementsButFindsNoPublishingForm()
    {
        var html = await PageAsync("reviewer-63000-1", "/announcements");

        Assert.Contains("data-testid=\"announcements\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"announcement-form\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"file-upload\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASupervisorFindsThePublishingFormAndTheUpload()
    {
        var html = await PageAsync("supervisor-63000", "/announcements");

        Assert.Contains("data-testid=\"announcement-form\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"file-upload\"", html, StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string account, string url)
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/dev-signin?as={account}")).StatusCode);
        return await client.GetStringAsync(url);
    }
}
