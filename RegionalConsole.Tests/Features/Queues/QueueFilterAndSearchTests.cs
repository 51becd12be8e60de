using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Queues;

/// <summary>The queue's filters and search (SPEC §6): errors, tags, organiser, course number, title words;
/// today is Wednesday 2026-11-25.</summary>
public sealed class QueueFilterAndSearchTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private const string Taipei = "63000";
    private readonly QueueData _data = new(app);

    public async ValueTask InitializeAsync() => await _data.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task HasErrorsKeepsOnlyItemsWithErrors()
    {
        var flagged = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 9, 0, 0), errors: 2);
        await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 10, 0, 0));
        var user = await _data.UserAsync("reviewer-63000-1");

        Assert.Equal([flagged.Id], await _data.IdsAsync(user, Taipei, new QueueFilter { HasErrors = true }));
    }

    [Fact]
    public async Task TheTagFilterFindsDeclaredTagsByNameOrLabelAndNotAPrefixAlone()
    {
        var declared = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 9, 0, 0), title: "七年級遊戲設計專題", tags: ["資訊非專"]);
        var prefixedToo = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 10, 0, 0), title: "[資訊非專]Scratch 入門", tags: ["資訊非專"]);
        // A prefix naming a tag the course does not declare is an error of its own (TAG_PREFIX_MISMATCH), not a tag.
        await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 11, 0, 0), title: "【資訊非專】程式設計");
        await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 12, 0, 0), title: "[環境教育]氣候變遷", tags: ["環境教育"]);
        var preschool = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 13, 0, 0), title: "幼兒園教保活動設計", tags: ["教保專業"]);
        var user = await _data.UserAsync("reviewer-63000-1");

        Assert.Equal([declared.Id, prefixedToo.Id], await _data.IdsAsync(user, Taipei, new QueueFilter { Tag = "資訊非專" }));
        // Declared by its label, asked for by its name, or the other way round, in any width and case.
        Assert.Equal([preschool.Id], await _data.IdsAsync(user, Taipei, new QueueFilter { Tag = TagDefaults.Preschool }));
        Assert.Equal([preschool.Id], await _data.IdsAsync(user, Taipei, new QueueFilter { Tag = " 教保 專業 " }));
        Assert.Empty(await _data.IdsAsync(user, Taipei, new QueueFilter { Tag = "資訊" }));
    }

    [Fact]
    public async Task TheTagFilterFindsATagTheRegistryDoesNotKnowByItsWholeName()
    {
        var unknown = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 9, 0, 0), title: "海洋教育增能", tags: ["海洋教育", "資訊非專"]);
        await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 10, 0, 0), title: "海洋生態", tags: ["海洋"]);
        var user = await _data.UserAsync("reviewer-63000-1");

        Assert.Equal([unknown.Id], await _data.IdsAsync(user, Taipei, new QueueFilter { Tag = "海洋教育" }));
        Assert.Empty(await _data.IdsAsync(user, Taipei, new QueueFilter { Tag = "教育" }));
    }

    [Fact]
    public async Task TheTagFilterLeavesOutATagTheReviewerRemovedAndFindsOneTheReviewerAdded()
    {
        var removed = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 9, 0, 0), title: "七年級遊戲設計專題", tags: ["資訊非專"]);
        var kept = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 10, 0, 0), title: "Scratch 入門", tags: ["資訊非專"]);
        var added = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 11, 0, 0), title: "程式設計與運算思維");
        var user = await _data.UserAsync("reviewer-63000-1");
        await app.WithDbAsync(db =>
        {
            db.TagReviews.AddRange(
                new TagReview { CourseVersionId = removed.CourseVersionId!.Value, TagName = "資訊非專", State = TagReviewState.Removed, Reason = "非資訊課程。", ReviewerId = user.AccountId },
                new TagReview { CourseVersionId = added.CourseVersionId!.Value, TagName = "資訊非專", State = TagReviewState.Added, ReviewerId = user.AccountId });
            return db.SaveChangesAsync();
        });

        Assert.Equal([kept.Id, added.Id], await _data.IdsAsync(user, Taipei, new QueueFilter { Tag = "資訊非專" }));
    }

    [Fact]
    public async Task TheOrganiserFilterMatchesWordsOfTheOrganisersName()
    {
        var school = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 9, 0, 0), organiser: "臺北市立建國高級中學");
        await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 10, 0, 0), organiser: "臺北市明德國民小學");
        var user = await _data.UserAsync("reviewer-63000-1");

        Assert.Equal([school.Id], await _data.IdsAsync(user, Taipei, new QueueFilter { Organiser = "建國 高級中學" }));
    }

    [Fact]
    public async Task SearchFindsACourseByItsNumberOrTheFirstDigitsOfIt()
    {
        var wanted = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 9, 0, 0), courseNo: "1150012345");
        var neighbour = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 10, 0, 0), courseNo: "1150012399");
        await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 11, 0, 0), courseNo: "1150099999");
        var user = await _data.UserAsync("reviewer-63000-1");

        Assert.Equal([wanted.Id], await _data.IdsAsync(user, Taipei, new QueueFilter { Search = "1150012345" }));
        Assert.Equal([wanted.Id, neighbour.Id], await _data.IdsAsync(user, Taipei, new QueueFilter { Search = " 11500123 " }));
    }

    [Fact]
    public async Task ACourseNumberMatchingTooManyItemsToListIsSearchedThroughTheCoursesInstead()
    {
        var wanted = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 9, 0, 0), courseNo: "1150054321");
        await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 10, 0, 0), courseNo: "1150099999");
        var query = new QueueQuery(Taipei, ReviewKind.Course, new QueueFilter { Search = "11500543" });
        var dates = SlaDueDates.On(QueueData.Today, QueueData.Calendar, Taipei);

        // No list of item ids: what ItemsByCourseNoAsync answers when too many items match.
        var ids = await app.WithDbAsync(db => db.Matching(query, accountId: 0, dates, itemsByCourseNo: null).Select(i => i.Id).ToListAsync());

        Assert.Equal([wanted.Id], ids);
    }

    [Fact]
    public async Task SearchByTitleWordsNeedsEveryWord()
    {
        var both = await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 9, 0, 0), title: "繪本閱讀教學工作坊");
        await _data.AddAsync(Taipei, new DateTime(2026, 11, 24, 10, 0, 0), title: "繪本創作");
        var user = await _data.UserAsync("reviewer-63000-1");

        Assert.Equal([both.Id], await _data.IdsAsync(user, Taipei, new QueueFilter { Search = "繪本 工作坊" }));
    }
}
