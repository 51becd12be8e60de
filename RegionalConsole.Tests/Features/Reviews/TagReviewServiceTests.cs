using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Reviews;

/// <summary>Confirming, removing and adding a course's tags on the review screen (SPEC §5.2), with the audit log.</summary>
public sealed class TagReviewServiceTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private const string Reviewer = "reviewer-63000-1";

    public async ValueTask InitializeAsync() => await EnsureOrganiserAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Declares 國際教育 (with evidence) and 資訊非專 (without); the climate title suggests 環境教育.</summary>
    private static Dictionary<string, object?> TaggedBody() =>
        MixedBody(title: $"115年中小學氣候變遷教育推動計畫增能研習（{Guid.NewGuid().ToString("N")[..8]}）")
            .With("tags", new[] { "國際教育", "資訊非專" });

    [Fact]
    public async Task ConfirmingADeclaredTagStoresItAndWritesOneAuditEntry()
    {
        var (_, itemId) = await SubmitAsync(app, TaggedBody());

        var result = await ApplyAsync(Reviewer, itemId, TagReviewAction.Confirm("國際教育"));

        Assert.True(result.Succeeded, result.Refusal.ToString());
        var review = Assert.Single(await ReviewsAsync(itemId));
        var reviewer = await UserAsync(app, Reviewer);
        Assert.Equal(("國際教育", TagReviewState.Confirmed, reviewer.AccountId), (review.TagName, review.State, review.ReviewerId));
        var audit = Assert.Single(await TagAuditAsync(itemId));
        Assert.Equal(("TagConfirm", Reviewer), (audit.Action, audit.Actor));
        Assert.Contains("Confirmed", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingWithoutAReasonIsRefusedAndNothingIsStored()
    {
        var (_, itemId) = await SubmitAsync(app, TaggedBody());

        var result = await ApplyAsync(Reviewer, itemId, TagReviewAction.Remove("資訊非專", "  "));

        Assert.Equal((TagReviewStatus.Refused, TagReviewRefusal.ReasonRequired), (result.Status, result.Refusal));
        Assert.Empty(await ReviewsAsync(itemId));
        Assert.Empty(await TagAuditAsync(itemId));
    }

    [Fact]
    public async Task RemovingWithAReasonStoresTheReasonAndAuditsIt()
    {
        var (_, itemId) = await SubmitAsync(app, TaggedBody());

        var result = await ApplyAsync(Reviewer, itemId, TagReviewAction.Remove("資訊非專", "課程未涉及資訊科技教學。"));

        Assert.True(result.Succeeded);
        var review = Assert.Single(await ReviewsAsync(itemId));
        Assert.Equal(("資訊非專", TagReviewState.Removed, "課程未涉及資訊科技教學。"), (review.TagName, review.State, review.Reason));
        var audit = Assert.Single(await TagAuditAsync(itemId));
        Assert.Equal(("TagRemove", "課程未涉及資訊科技教學。"), (audit.Action, audit.Reason));
    }

    [Fact]
    public async Task ASuggestedTagCanBeAddedAndThenCounts()
    {
        var (_, itemId) = await SubmitAsync(app, TaggedBody());
        var suggested = await app.WithDbAsync(db => db.CheckResults
            .Where(c => c.CourseVersionId == db.ReviewItems.Single(i => i.Id == itemId).CourseVersionId && c.Code == CheckCodes.TagSuggested)
            .Select(c => c.Tag!).ToListAsync());
        Assert.Contains("環境教育", suggested);

        var result = await ApplyAsync(Reviewer, itemId, TagReviewAction.Add("環境教育"));

        Assert.True(result.Succeeded, result.Refusal.ToString());
        var sheet = await SheetAsync(Reviewer, itemId);
        Assert.Equal(TagReviewState.Added, Assert.Single(sheet!.Suggested, s => s.Name == "環境教育").State);
        Assert.Equal("TagAdd", Assert.Single(await TagAuditAsync(itemId)).Action);
    }

    [Theory]
    [InlineData("reviewer-65000-1")]
    [InlineData("supervisor-63000")]
    public async Task SomeoneWhoMayNotWorkTheCentreIsRefusedAndNothingIsStored(string userName)
    {
        var (_, itemId) = await SubmitAsync(app, TaggedBody());

        var result = await ApplyAsync(userName, itemId, TagReviewAction.Confirm("國際教育"));

        Assert.Equal((TagReviewStatus.Refused, TagReviewRefusal.OutOfScope), (result.Status, result.Refusal));
        Assert.Empty(await ReviewsAsync(itemId));
        Assert.Empty(await TagAuditAsync(itemId));
    }

    [Fact]
    public async Task ADecidedItemsTagsNoLongerChange()
    {
        var (_, itemId) = await SubmitAsync(app, TaggedBody());
        Assert.True((await DecideAsync(app, Reviewer, itemId, ReviewDecision.Return("請修正課程表。"))).Succeeded);

        var result = await ApplyAsync(Reviewer, itemId, TagReviewAction.Confirm("國際教育"));

        Assert.Equal(TagReviewRefusal.ItemDecided, result.Refusal);
        Assert.Empty(await ReviewsAsync(itemId));
    }

    [Fact]
    public async Task UndoTakesBackARemovalAndIsAudited()
    {
        var (_, itemId) = await SubmitAsync(app, TaggedBody());
        await ApplyAsync(Reviewer, itemId, TagReviewAction.Remove("資訊非專", "誤植。"));

        var result = await ApplyAsync(Reviewer, itemId, TagReviewAction.Undo("資訊非專"));

        Assert.True(result.Succeeded);
        Assert.Empty(await ReviewsAsync(itemId));
        Assert.Equal(["TagRemove", "TagUndo"], (await TagAuditAsync(itemId)).Select(a => a.Action));
    }

    [Fact]
    public async Task TheSheetListsDeclaredTagsWithTheirChecksAndTheSuggestions()
    {
        var (_, itemId) = await SubmitAsync(app, TaggedBody());
        await ApplyAsync(Reviewer, itemId, TagReviewAction.Confirm("國際教育"));

        var sheet = await SheetAsync(Reviewer, itemId);

        Assert.True(sheet!.CanEdit);
        Assert.Equal(["國際教育", "資訊非專"], sheet.Declared.Select(d => d.Name));
        Assert.Equal(TagReviewState.Confirmed, sheet.Declared[0].State);
        Assert.Null(sheet.Declared[1].State);
        Assert.Contains(sheet.Declared[1].Checks, c => c.Code == CheckCodes.TagNoEvidence);
        Assert.Contains(sheet.Suggested, s => s.Name == "環境教育" && s.State is null);
        Assert.False((await SheetAsync("supervisor-63000", itemId))!.CanEdit);
    }

    private async Task<TagReviewResult> ApplyAsync(string userName, int itemId, TagReviewAction action)
    {
        var user = await UserAsync(app, userName);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TagReviewService>().ApplyAsync(user, itemId, action);
    }

    private async Task<TagReviewSheet?> SheetAsync(string userName, int itemId)
    {
        var user = await UserAsync(app, userName);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TagReviewService>().SheetAsync(user, itemId);
    }

    private Task<List<TagReview>> ReviewsAsync(int itemId) =>
        app.WithDbAsync(db => db.TagReviews.Where(r => r.CourseVersionId == db.ReviewItems.Single(i => i.Id == itemId).CourseVersionId).ToListAsync());

    private Task<List<AuditEntry>> TagAuditAsync(int itemId)
    {
        var id = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return app.WithDbAsync(db => db.AuditLog.Where(a => a.EntityType == nameof(ReviewItem) && a.EntityId == id && a.Action.StartsWith("Tag"))
            .OrderBy(a => a.Id).ToListAsync());
    }
}
