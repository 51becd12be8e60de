using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Features.Mail;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Cancellations;

/// <summary>
/// A cancellation takes the place of a course review still open, and a returned cancellation gives the course back
/// (SPEC §13.2): the withdrawn item leaves the queues; the organiser hears how the cancellation was reviewed.
/// </summary>
public sealed class CancellationLifecycleTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private const string Reviewer = "reviewer-63000-1";

    public async ValueTask InitializeAsync() => await MailScenario.EnsureOrganiserWithContactAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    internal static async Task CancelAsync(ConsoleAppFactory app, string courseNo)
    {
        using var api = app.CreateApiClient();
        var response = await api.PostAsJsonAsync($"/api/v1/courses/{courseNo}/cancellation", new { reasonCategory = "Venue", reason = "場地整修，停辦。" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    internal static Task<int> CancellationItemAsync(ConsoleAppFactory app, string courseNo) => app.WithDbAsync(db => db.ReviewItems
        .Where(i => i.Course!.CourseNo == courseNo && i.Kind == ReviewKind.Cancellation && i.Outcome == null).Select(i => i.Id).SingleAsync());

    private Task<ReviewItem> ItemAsync(int id) => app.WithDbAsync(db => db.ReviewItems.AsNoTracking().SingleAsync(i => i.Id == id));

    private Task<CourseStatus> StatusAsync(string courseNo) => app.WithDbAsync(db => db.Courses.Where(c => c.CourseNo == courseNo).Select(c => c.Status).SingleAsync());

    [Fact]
    public async Task CancellingACourseUnderReviewWithdrawsItsReviewItem()
    {
        var (courseNo, itemId) = await ReviewScenario.SubmitAsync(app, ReviewScenario.MixedBody());

        await CancelAsync(app, courseNo);

        var item = await ItemAsync(itemId);
        Assert.Equal((ReviewOutcome.Withdrawn, (DateOnly?)null, (int?)null), (item.Outcome, item.DecidedDate, item.DecidedById));
        Assert.Equal(ConsoleAppFactory.DefaultNow.UtcDateTime, item.DecidedAt);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "ReviewWithdrawn" && a.EntityId == itemId.ToString())));
        Assert.Equal(CourseStatus.Cancelled, await StatusAsync(courseNo));
        await CancellationItemAsync(app, courseNo);
    }

    [Fact]
    public async Task TheWithdrawnItemLeavesTheOpenQueueAndTheCancellationTakesItsPlace()
    {
        var (courseNo, itemId) = await ReviewScenario.SubmitAsync(app, ReviewScenario.MixedBody());

        await CancelAsync(app, courseNo);

        var user = await ReviewScenario.UserAsync(app, Reviewer);
        await using var scope = app.Services.CreateAsyncScope();
        var queues = scope.ServiceProvider.GetRequiredService<RegionalConsole.Features.Queues.QueueService>();
        var courses = await queues.PageAsync(user, new("63000", ReviewKind.Course, new(), PageSize: 500));
        var cancellations = await queues.PageAsync(user, new("63000", ReviewKind.Cancellation, new(), PageSize: 500));
        Assert.DoesNotContain(courses.Rows, r => r.Id == itemId);
        Assert.Contains(cancellations.Rows, r => r.CourseNo == courseNo);
    }

    [Fact]
    public async Task ADecisionOnAWithdrawnItemIsRefusedLikeOnADecidedOne()
    {
        var (courseNo, itemId) = await ReviewScenario.SubmitAsync(app, ReviewScenario.MixedBody());
        await CancelAsync(app, courseNo);

        var result = await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve("測試用：已確認。"));

        Assert.Equal((DecisionStatus.AlreadyDecided, ReviewOutcome.Withdrawn), (result.Status, result.Outcome));
        Assert.Equal(CourseStatus.Cancelled, await StatusAsync(courseNo));
    }

    [Fact]
    public async Task AReturnedCancellationOfACourseUnderReviewOpensANewCourseReviewWithANewClock()
    {
        var (courseNo, withdrawnId) = await ReviewScenario.SubmitAsync(app, ReviewScenario.MixedBody());
        await CancelAsync(app, courseNo);

        var result = await ReviewScenario.DecideAsync(app, Reviewer, await CancellationItemAsync(app, courseNo), ReviewDecision.Return("未附停辦公文，請補正。"));

        Assert.True(result.Succeeded, result.Status.ToString());
        Assert.Equal(CourseStatus.PendingReview, await StatusAsync(courseNo));
        var reopened = await ItemAsync(await ReviewScenario.OpenItemAsync(app, courseNo));
        Assert.NotEqual(withdrawnId, reopened.Id);
        Assert.Equal((ReviewKind.Course, ConsoleAppFactory.DefaultNow.UtcDateTime, new DateOnly(2026, 11, 30)), (reopened.Kind, reopened.SubmittedAt, reopened.DueDate));
    }

    [Fact]
    public async Task AReturnedCancellationRestoresAnApprovedCourseAndTellsTheOrganiser()
    {
        var (courseNo, itemId) = await ReviewScenario.SubmitAsync(app, ReviewScenario.MixedBody());
        Assert.True((await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve("測試用：已確認。"))).Succeeded);
        await CancelAsync(app, courseNo);

        await ReviewScenario.DecideAsync(app, Reviewer, await CancellationItemAsync(app, courseNo), ReviewDecision.Return("未附停辦公文，請補正。"));

        Assert.Equal(CourseStatus.Approved, await StatusAsync(courseNo));
        Assert.Equal(0, await app.WithDbAsync(db => db.ReviewItems.CountAsync(i => i.Course!.CourseNo == courseNo && i.Outcome == null)));
        var mail = Assert.Single(await MailScenario.OutboxForAsync(app, courseNo), m => m.Recipient == MailScenario.OrganiserEmail);
        Assert.Contains("退回修正", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("恢復", mail.Body, StringComparison.Ordinal);
        Assert.Contains("未附停辦公文，請補正。", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAcceptedCancellationTellsTheOrganiserAndLeavesTheCourseCancelled()
    {
        var (courseNo, _) = await ReviewScenario.SubmitAsync(app, ReviewScenario.MixedBody());
        await CancelAsync(app, courseNo);

        await ReviewScenario.DecideAsync(app, Reviewer, await CancellationItemAsync(app, courseNo), ReviewDecision.Approve());

        Assert.Equal(CourseStatus.Cancelled, await StatusAsync(courseNo));
        Assert.Single(await MailScenario.OutboxForAsync(app, courseNo), m => m.Recipient == MailScenario.OrganiserEmail);
    }
}
