using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Auth;
using RegionalConsole.Features.Announcements;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Announcements;

/// <summary>Publishing announcements, their audience, read marks and audit.</summary>
public sealed class AnnouncementServiceTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task AReviewerSeesAnAnnouncementForTheirCentreAndAReviewerOfAnotherDoesNot()
    {
        var id = await PublishAsync("admin", $"臺北市審核說明 {Guid.NewGuid():N}", ["63000"]);

        var own = await ListAsync("reviewer-63000-1");
        var other = await ListAsync("reviewer-65000-1");

        Assert.Contains(own, a => a.Id == id);
        Assert.DoesNotContain(other, a => a.Id == id);
    }

    [Fact]
    public async Task EveryReviewerSeesTheSeededCancellationProcedure()
    {
        var list = await ListAsync("reviewer-10015-1");

        Assert.Contains(list, a => a.Title.Contains("取消或延期之完整程序", StringComparison.Ordinal) && a.AudienceCentres.Count == 0);
    }

    [Fact]
    public async Task ASupervisorCannotAddressACentreOfAnotherCounty()
    {
        var result = await Service(async s => await s.PublishAsync(await User("supervisor-63000"), new AnnouncementDraft("標題", "內容", ["65000"], null, null)));

        Assert.Equal(SharingStatus.Invalid, result.Status);
        Assert.Equal("SharingAudienceOutOfScope", result.Errors!["audience"]);
    }

    [Fact]
    public async Task ASupervisorsAllCentresMeansTheCentresUnderIt()
    {
        var id = await PublishAsync("supervisor-63000", $"臺北市公告 {Guid.NewGuid():N}", []);

        Assert.Contains(await ListAsync("reviewer-63000-1"), a => a.Id == id);
        Assert.DoesNotContain(await ListAsync("reviewer-65000-1"), a => a.Id == id);
    }

    [Fact]
    public async Task AReviewerCannotPublish()
    {
        var result = await Service(async s => await s.PublishAsync(await User("reviewer-63000-1"), new AnnouncementDraft("標題", "內容", [], null, null)));

        Assert.Equal(SharingStatus.Forbidden, result.Status);
    }

    [Fact]
    public async Task AnEmptyTitleAndAnExpiryBeforePublishingAreRefusedByField()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var before = await app.WithDbAsync(db => db.Announcements.CountAsync());

        var result = await Service(async s => await s.PublishAsync(await User("admin"), new AnnouncementDraft(" ", "內容", [], now, now.AddDays(-1))));

        Assert.Equal(SharingStatus.Invalid, result.Status);
        Assert.Equal(["expiresAt", "title"], result.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, await app.WithDbAsync(db => db.Announcements.CountAsync()));
    }

    [Fact]
    public async Task ReadMarksBelongToOneAccount()
    {
        var id = await PublishAsync("admin", $"已讀測試 {Guid.NewGuid():N}", ["63000"]);

        await Service(async s => await s.MarkReadAsync(await User("reviewer-63000-1"), id));

        Assert.DoesNotContain(await UnreadAsync("reviewer-63000-1"), a => a.Id == id);
        Assert.Contains(await UnreadAsync("reviewer-63000-2"), a => a.Id == id);
    }

    [Fact]
    public async Task AReviewerCannotMarkAnAnnouncementOfAnotherCentreRead()
    {
        var id = await PublishAsync("admin", $"他中心 {Guid.NewGuid():N}", ["65000"]);

        var result = await Service(async s => await s.MarkReadAsync(await User("reviewer-63000-1"), id));

        Assert.Equal(SharingStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task AnExpiredAnnouncementIsNoLongerShown()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var result = await Service(async s => await s.PublishAsync(await User("admin"),
            new AnnouncementDraft($"即將下架 {Guid.NewGuid():N}", "內容", [], now.AddDays(-3), now.AddHours(-1))));

        Assert.DoesNotContain(await ListAsync("reviewer-63000-1"), a => a.Id == result.Id);
    }

    [Fact]
    public async Task PublishingAndDeletingAreAudited()
    {
        var id = await PublishAsync("supervisor-63000", $"稽核 {Guid.NewGuid():N}", ["63000"]);

        var deleted = await Service(async s => await s.DeleteAsync(await User("supervisor-63000"), id));

        Assert.Equal(SharingStatus.Done, deleted.Status);
        var actions = await app.WithDbAsync(db => db.AuditLog.Where(a => a.EntityType == "Announcement" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).Select(a => a.Action + ":" + a.Actor).ToListAsync());
        Assert.Equal(["AnnouncementPublish:supervisor-63000", "AnnouncementDelete:supervisor-63000"], actions);
    }

    [Fact]
    public async Task ASupervisorCannotDeleteTheNetworksAnnouncement()
    {
        var id = await PublishAsync("admin", $"全國 {Guid.NewGuid():N}", []);

        var result = await Service(async s => await s.DeleteAsync(await User("supervisor-63000"), id));

        Assert.Equal(SharingStatus.Forbidden, result.Status);
    }

    private Task<ConsoleUser> User(string name) => UserAsync(app, name);

    private async Task<T> Service<T>(Func<AnnouncementService, Task<T>> call)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<AnnouncementService>());
    }

    private async Task<int> PublishAsync(string userName, string title, string[] audience)
    {
        var user = await User(userName);
        var result = await Service(s => s.PublishAsync(user, new AnnouncementDraft(title, "內容\n第二行", audience, null, null)));
        Assert.True(result.Succeeded, string.Join(",", result.Errors?.Keys ?? []));
        return result.Id!.Value;
    }

    private async Task<List<AnnouncementRow>> ListAsync(string userName)
    {
        var user = await User(userName);
        return await Service(s => s.ListAsync(user));
    }

    private async Task<List<UnreadAnnouncement>> UnreadAsync(string userName)
    {
        var user = await User(userName);
        return await Service(s => s.UnreadAsync(user));
    }
}
