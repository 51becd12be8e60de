using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Reviews;

/// <summary>Deciding a course review (SPEC §3, §5): outcomes, reasons, overrides, scope, and races.</summary>
public sealed class DecisionServiceTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private const string Reviewer = "reviewer-63000-1";
    private const string Colleague = "reviewer-63000-2";

    public async ValueTask InitializeAsync() => await EnsureOrganiserAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task ApprovingRecordsTheDecisionTheCourseStatusAndOneAuditEntryTogether()
    {
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());

        var result = await DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve());

        Assert.Equal(DecisionStatus.Decided, result.Status);
        var item = await app.WithDbAsync(db => db.ReviewItems.Include(i => i.Course).Include(i => i.Decisions).SingleAsync(i => i.Id == itemId));
        var reviewer = await UserAsync(app, Reviewer);
        Assert.Equal(ReviewOutcome.Approved, item.Outcome);
        Assert.Equal(CourseStatus.Approved, item.Course!.Status);
        Assert.Equal(reviewer.AccountId, item.DecidedById);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, item.DecidedAt);
        Assert.Equal(new DateOnly(2026, 11, 25), item.DecidedDate);
        var decision = Assert.Single(item.Decisions);
        Assert.Equal(ReviewOutcome.Approved, decision.Outcome);
        Assert.Null(decision.OverrideReason);
        var audit = Assert.Single(await DecisionAuditAsync(itemId));
        Assert.Equal("ReviewApproved", audit.Action);
        Assert.Equal(Reviewer, audit.Actor);
        Assert.Contains("PendingReview", audit.Before, StringComparison.Ordinal);
        Assert.Contains(courseNo, audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturningRecordsTheReasonsAndReturnsTheCourse()
    {
        var (_, itemId) = await SubmitAsync(app, MixedBody());

        var result = await DecideAsync(app, Reviewer, itemId, ReviewDecision.Return("請扣除報到時間，修正研習時數。"));

        Assert.Equal(DecisionStatus.Decided, result.Status);
        var item = await app.WithDbAsync(db => db.ReviewItems.Include(i => i.Course).Include(i => i.Decisions).SingleAsync(i => i.Id == itemId));
        Assert.Equal(CourseStatus.Returned, item.Course!.Status);
        Assert.Equal("請扣除報到時間，修正研習時數。", Assert.Single(item.Decisions).Reason);
        Assert.Equal("請扣除報到時間，修正研習時數。", Assert.Single(await DecisionAuditAsync(itemId)).Reason);
    }

    [Fact]
    public async Task RejectingRecordsTheReasonAndRejectsTheCourse()
    {
        var (_, itemId) = await SubmitAsync(app, MixedBody());

        var result = await DecideAsync(app, Reviewer, itemId, ReviewDecision.Reject("課程內容與教師專業發展無關。"));

        Assert.Equal(DecisionStatus.Decided, result.Status);
        var item = await app.WithDbAsync(db => db.ReviewItems.Include(i => i.Course).Include(i => i.Decisions).SingleAsync(i => i.Id == itemId));
        Assert.Equal(CourseStatus.Rejected, item.Course!.Status);
        Assert.Equal(ReviewOutcome.Rejected, Assert.Single(item.Decisions).Outcome);
    }

    [Fact]
    public async Task ReturningWithoutAReasonChangesNothing()
    {
        var (_, itemId) = await SubmitAsync(app, MixedBody());
        var before = await RevisionAsync(itemId);

        var result = await DecideAsync(app, Reviewer, itemId, ReviewDecision.Return("   "));

        Assert.Equal(DecisionStatus.ReasonRequired, result.Status);
        await AssertUndecidedAsync(itemId, before);
    }

    [Fact]
    public async Task AnErrorBlocksApprovalUntilOverriddenAndTheOverrideIsRecorded()
    {
        // 4 hours declared against 90 creditable and 90 mixed minutes: HOURS_OVER_CREDITABLE (error).
        var (_, itemId) = await SubmitAsync(app, MixedBody(declaredHours: 4));
        var before = await RevisionAsync(itemId);

        var blocked = await DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve());
        await AssertUndecidedAsync(itemId, before);
        var approved = await DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve("經電話確認下午另有實作 1 小時，課程表漏列。"));

        Assert.Equal(DecisionStatus.OverrideReasonRequired, blocked.Status);
        Assert.Equal(DecisionStatus.Decided, approved.Status);
        var decision = await app.WithDbAsync(db => db.Decisions.SingleAsync(d => d.ReviewItemId == itemId));
        Assert.Equal("經電話確認下午另有實作 1 小時，課程表漏列。", decision.OverrideReason);
        var audit = Assert.Single(await DecisionAuditAsync(itemId));
        Assert.Contains(CheckCodes.HoursOverCreditable, audit.After, StringComparison.Ordinal);
        Assert.Equal(decision.OverrideReason, audit.Reason);
    }

    [Theory]
    [InlineData("reviewer-65000-1")]
    [InlineData("supervisor-63000")]
    public async Task SomeoneWhoMayNotWorkTheCentreIsRefusedAndNothingChanges(string userName)
    {
        var (_, itemId) = await SubmitAsync(app, MixedBody());
        var before = await RevisionAsync(itemId);

        var result = await DecideAsync(app, userName, itemId, ReviewDecision.Approve());

        Assert.Equal(DecisionStatus.Forbidden, result.Status);
        await AssertUndecidedAsync(itemId, before);
        Assert.Equal(CourseStatus.PendingReview, await app.WithDbAsync(db => db.ReviewItems.Where(i => i.Id == itemId).Select(i => i.Course!.Status).SingleAsync()));
    }

    [Fact]
    public async Task ASecondDecisionIsToldWhoDecidedFirst()
    {
        var (_, itemId) = await SubmitAsync(app, MixedBody());
        await DecideAsync(app, Colleague, itemId, ReviewDecision.Reject("重複開課。"));

        var result = await DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve());

        Assert.Equal(DecisionStatus.AlreadyDecided, result.Status);
        Assert.Equal((await UserAsync(app, Colleague)).DisplayName, result.DecidedBy);
        Assert.Equal(ReviewOutcome.Rejected, result.Outcome);
        Assert.Single(await app.WithDbAsync(db => db.Decisions.Where(d => d.ReviewItemId == itemId).ToListAsync()));
    }

    [Fact]
    public async Task TwoSimultaneousDecisionsRecordExactlyOneAndTellTheOtherWhoWon()
    {
        // Several rounds, so that both reviewers often read the undecided item before either writes.
        for (var round = 0; round < 5; round++)
        {
            var (_, itemId) = await SubmitAsync(app, MixedBody());

            var results = await Task.WhenAll(
                Task.Run(() => DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve())),
                Task.Run(() => DecideAsync(app, Colleague, itemId, ReviewDecision.Return("請補課程大綱。"))));

            var winner = Assert.Single(results, r => r.Status == DecisionStatus.Decided);
            var loser = Assert.Single(results, r => r.Status == DecisionStatus.AlreadyDecided);
            Assert.Equal(winner.DecidedBy, loser.DecidedBy);
            Assert.Equal(winner.Outcome, loser.Outcome);
            var decision = await app.WithDbAsync(db => db.Decisions.SingleAsync(d => d.ReviewItemId == itemId));
            Assert.Equal(winner.Outcome, decision.Outcome);
            Assert.Single(await DecisionAuditAsync(itemId));
        }
    }

    [Fact]
    public async Task ADecisionOnAVersionTheReviewerDidNotSeeIsRefused()
    {
        var body = MixedBody();
        var (courseNo, itemId) = await SubmitAsync(app, body);
        var seen = await app.WithDbAsync(db => db.ReviewItems.Where(i => i.Id == itemId).Select(i => i.CourseVersionId).SingleAsync());
        await ModifyAsync(app, courseNo, body.With("outline", "改為以實作為主，產出跨文化教案並於校內公開授課。"));
        var before = await RevisionAsync(itemId);

        var result = await DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve(), seenVersionId: seen);

        Assert.Equal(DecisionStatus.VersionChanged, result.Status);
        await AssertUndecidedAsync(itemId, before);
    }

    private Task<List<AuditEntry>> DecisionAuditAsync(int itemId)
    {
        var id = itemId.ToString(CultureInfo.InvariantCulture);
        string[] decisions = ["ReviewApproved", "ReviewReturned", "ReviewRejected"];
        return app.WithDbAsync(db => db.AuditLog.Where(a => a.EntityType == nameof(ReviewItem) && a.EntityId == id && decisions.Contains(a.Action)).ToListAsync());
    }

    private Task<Guid> RevisionAsync(int itemId) =>
        app.WithDbAsync(db => db.ReviewItems.Where(i => i.Id == itemId).Select(i => i.Revision).SingleAsync());

    private async Task AssertUndecidedAsync(int itemId, Guid revision)
    {
        var item = await app.WithDbAsync(db => db.ReviewItems.AsNoTracking().Include(i => i.Decisions).SingleAsync(i => i.Id == itemId));
        Assert.Null(item.Outcome);
        Assert.Null(item.DecidedAt);
        Assert.Empty(item.Decisions);
        Assert.Equal(revision, item.Revision);
        Assert.Empty(await DecisionAuditAsync(itemId));
    }
}
