using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Reviews;

/// <summary>What the review screen reads (SPEC §6): scope, the version under review, the diff's baseline, history.</summary>
public sealed class ReviewReadTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private const string Reviewer = "reviewer-63000-1";

    public async ValueTask InitializeAsync() => await EnsureOrganiserAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task TheScreenHoldsTheVersionUnderReviewWithItsSegmentsAndChecks()
    {
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());

        var screen = (await LoadAsync(app, Reviewer, itemId)).Screen!;

        Assert.Equal(courseNo, screen.Course.CourseNo);
        Assert.Equal(ReviewScenario.Organiser, screen.Course.Organiser!.Code);
        Assert.Equal(["報到", "開幕式暨專題演講", "專題演講：國際教育2.0"], screen.Version.Segments.Select(s => s.Activity));
        Assert.Contains(screen.Version.Checks, c => c.Code == "SEGMENT_NEEDS_JUDGEMENT");
        Assert.Null(screen.Compared);
        Assert.True(screen.CanDecide);
    }

    [Fact]
    public async Task AReviewerOfAnotherCentreMayNotReadTheItem()
    {
        var (_, itemId) = await SubmitAsync(app, MixedBody());

        var load = await LoadAsync(app, "reviewer-65000-1", itemId);

        Assert.Equal(ReviewLoadStatus.Forbidden, load.Status);
        Assert.Null(load.Screen);
    }

    [Fact]
    public async Task TheSupervisorOverTheCentreReadsButMayNotDecide()
    {
        var (_, itemId) = await SubmitAsync(app, MixedBody());

        var screen = (await LoadAsync(app, "supervisor-63000", itemId)).Screen!;

        Assert.False(screen.MayWork);
        Assert.False(screen.CanDecide);
    }

    [Fact]
    public async Task AResubmissionAfterReturnIsComparedWithTheReturnedVersion()
    {
        var body = MixedBody();
        var (courseNo, first) = await SubmitAsync(app, body);
        await DecideAsync(app, Reviewer, first, ReviewDecision.Return("請補充課程大綱並修正研習時數。"));
        var second = await ModifyAsync(app, courseNo, body
            .With("outline", "旨在提升教師跨文化課程設計能力，透過實作產出教案，並於校內公開授課分享。")
            .With("declaredHours", 2));

        var screen = (await LoadAsync(app, Reviewer, second)).Screen!;
        var changes = VersionComparison.Compare(screen.Compared!, screen.Version, app.Services.GetRequiredService<IStringLocalizer<Ui>>());

        Assert.NotEqual(first, second);
        Assert.Equal(1, screen.Compared!.VersionNo);
        Assert.Equal(2, screen.Version.VersionNo);
        Assert.True(screen.ComparedWasDecided);
        Assert.Equal(["FieldDeclaredHours", "FieldOutline"], changes.Select(c => c.Field).Where(f => f != "FieldChecks"));
        var outline = changes.Single(c => c.Field == "FieldOutline");
        Assert.Contains(outline.Pieces!, p => p.Kind == DiffKind.Added && p.Text.Contains("公開授課", StringComparison.Ordinal));
        Assert.Equal(2, screen.History.Items.Count);
        Assert.Contains(screen.History.Audit, a => a.Action == "ReviewReturned");
        Assert.Contains(screen.History.Audit, a => a.Action == "CourseResubmitted");
    }

    [Fact]
    public async Task ACourseAddressLeadsToItsLatestReview()
    {
        var body = MixedBody();
        var (courseNo, first) = await SubmitAsync(app, body);
        await DecideAsync(app, Reviewer, first, ReviewDecision.Return("請修正。"));
        var second = await ModifyAsync(app, courseNo, body.With("declaredHours", 2));
        var user = await UserAsync(app, Reviewer);
        await using var scope = app.Services.CreateAsyncScope();

        var latest = await scope.ServiceProvider.GetRequiredService<ReviewReadService>().LatestItemAsync(user, courseNo);

        Assert.Equal((ReviewLoadStatus.Found, (int?)second), latest);
    }

    [Fact]
    public async Task TheNextItemIsTheFollowingOpenItemOfTheCentreInQueueOrder()
    {
        var (_, itemId) = await SubmitAsync(app, MixedBody(date: "2026-11-27"));
        await SubmitAsync(app, MixedBody(date: "2026-12-02"));
        var user = await UserAsync(app, Reviewer);
        await using var scope = app.Services.CreateAsyncScope();

        var next = await scope.ServiceProvider.GetRequiredService<ReviewNavigation>().NeighbourAsync(user, itemId);

        // The queue order, applied in memory, is the oracle: the first open, unheld-or-mine course item after this one.
        var today = ReviewClock.TaipeiToday(app.Clock);
        var queue = await app.WithDbAsync(db => db.ReviewItems.AsNoTracking()
            .Where(i => i.CentreCode == "63000" && i.Kind == ReviewKind.Course && i.Outcome == null && (i.AssigneeId == null || i.AssigneeId == user.AccountId))
            .ToListAsync());
        var ordered = queue.AsQueryable().InQueueOrder(today).Select(i => i.Id).ToList();
        var position = ordered.IndexOf(itemId);
        Assert.Equal(ordered[(position + 1) % ordered.Count], next);
    }

    [Fact]
    public async Task StepsBackAndForthThroughTheQueueRetraceEachOther()
    {
        var (_, itemId) = await SubmitAsync(app, MixedBody(date: "2026-11-30"));
        await SubmitAsync(app, MixedBody(date: "2026-12-03"));
        var user = await UserAsync(app, Reviewer);
        await using var scope = app.Services.CreateAsyncScope();
        var navigation = scope.ServiceProvider.GetRequiredService<ReviewNavigation>();

        var next = await navigation.NeighbourAsync(user, itemId);
        var back = await navigation.NeighbourAsync(user, next!.Value, backwards: true);

        Assert.Equal(itemId, back);
    }
}
