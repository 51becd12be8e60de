using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Features.Mail.MailScenario;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Mail;

/// <summary>The organiser's notice when a course is returned or rejected, delivered through a real SMTP server.</summary>
public sealed class DecisionMailTests(MailAppFactory app) : IClassFixture<MailAppFactory>, IAsyncLifetime
{
    private const string Reviewer = "reviewer-63000-1";

    public async ValueTask InitializeAsync() => await EnsureOrganiserWithContactAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task AReturnedCourseMailsTheOrganisersContactWithTheReasons()
    {
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());

        await DecideAsync(app, Reviewer, itemId, ReviewDecision.Return("課程表缺少第二天之時段，請補正。"));

        var mail = await app.Sink.WaitForAsync(m => m.Subject != null && m.Subject.Contains(courseNo, StringComparison.Ordinal) && m.To.ToString().Contains(OrganiserEmail, StringComparison.Ordinal));
        Assert.Contains("退回修正", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("課程表缺少第二天之時段，請補正。", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("no-reply@console.example.edu.tw", mail.From.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDecidingReviewerReceivesACopyOfARejection()
    {
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());

        await DecideAsync(app, Reviewer, itemId, ReviewDecision.Reject("與本中心審核範圍不符。"));

        var copy = await app.Sink.WaitForAsync(m => m.Subject != null && m.Subject.Contains(courseNo, StringComparison.Ordinal) && m.To.ToString().Contains("reviewer-63000-1@", StringComparison.Ordinal));
        Assert.StartsWith("【副本】", copy.Subject, StringComparison.Ordinal);
        Assert.Contains("不通過", copy.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewerWhoOptedOutOfCopiesReceivesNone()
    {
        const string colleague = "reviewer-63000-2";
        var user = await UserAsync(app, colleague);
        await app.WithDbAsync(async db =>
        {
            db.AccountPreferences.Add(new AccountPreferences { AccountId = user.AccountId, ReceiveDecisionCopies = false });
            return await db.SaveChangesAsync();
        });
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());

        await DecideAsync(app, colleague, itemId, ReviewDecision.Return("請補充課程大綱。"));

        var rows = await WaitForOutboxAsync(app, courseNo, rows => rows.Count > 0);
        var only = Assert.Single(rows);
        Assert.Equal(OrganiserEmail, only.Recipient);
    }

    [Fact]
    public async Task AnApprovalMailsNobody()
    {
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());

        await DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve());

        Assert.Empty(await OutboxForAsync(app, courseNo));
    }

    [Fact]
    public async Task TheNoticeIsWrittenWithTheDecisionAndMarkedSentOnceTheServerAcceptedIt()
    {
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());

        await DecideAsync(app, Reviewer, itemId, ReviewDecision.Return("請修正時數。"));

        var rows = await WaitForOutboxAsync(app, courseNo, rows => rows.Count > 0 && rows.All(r => r.SentAt is not null));
        var notice = Assert.Single(rows, r => r.Kind == "Decision");
        Assert.Equal(1, notice.Attempts);
        var decidedAt = await app.WithDbAsync(db => db.ReviewItems.Where(i => i.Id == itemId).Select(i => i.DecidedAt).SingleAsync());
        Assert.Equal(decidedAt, notice.CreatedAt);
        var delivered = await app.Sink.WaitForAsync(m => m.MessageId == notice.MessageId);
        Assert.Equal(notice.Subject, delivered.Subject);
    }
}
