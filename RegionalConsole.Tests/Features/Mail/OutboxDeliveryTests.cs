using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Domain.Mail;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Mail;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Features.Mail.MailScenario;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Mail;

/// <summary>The outbox while the SMTP server is away: nothing lost, retried with back-off, delivered exactly once.</summary>
public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private readonly MailAppFactory _app = new();

    public async ValueTask InitializeAsync()
    {
        await EnsureOrganiserWithContactAsync(_app);
        // Copies to the reviewer would double the count below; this test is about the organiser's one notice.
        var user = await UserAsync(_app, "reviewer-63000-1");
        await _app.WithDbAsync(async db =>
        {
            db.AccountPreferences.Add(new() { AccountId = user.AccountId, ReceiveDecisionCopies = false });
            return await db.SaveChangesAsync();
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AMailDecidedWhileTheServerIsDownIsDeliveredOnceAfterItReturns()
    {
        await _app.Sink.StopAsync();
        var (courseNo, itemId) = await SubmitAsync(_app, MixedBody());

        var decision = await DecideAsync(_app, "reviewer-63000-1", itemId, ReviewDecision.Return("請補正研習時數。"));
        var failed = await WaitForOutboxAsync(_app, courseNo, rows => rows is [{ Attempts: >= 1, LastError: not null }]);
        _app.Sink.Start();
        _app.Clock.Advance(RetrySchedule.DelayAfter(failed[0].Attempts));
        var sent = await WaitForOutboxAsync(_app, courseNo, rows => rows is [{ SentAt: not null }]);
        // Further passes of the sender must not send it again.
        _app.Clock.Advance(TimeSpan.FromHours(2));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
        }

        Assert.True(decision.Succeeded);
        Assert.Equal(failed[0].Attempts + 1, sent[0].Attempts);
        Assert.Single(_app.Sink.Received, m => m.Subject != null && m.Subject.Contains(courseNo, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoSendersAtOnceDeliverAMessageOnce()
    {
        await _app.Sink.StopAsync();
        var (courseNo, itemId) = await SubmitAsync(_app, MixedBody());
        await DecideAsync(_app, "reviewer-63000-1", itemId, ReviewDecision.Reject("重複開設。"));
        await WaitForOutboxAsync(_app, courseNo, rows => rows is [{ Attempts: >= 1 }]);
        _app.Sink.Start();
        _app.Clock.Advance(TimeSpan.FromHours(2));

        var sender = _app.Services.GetRequiredService<OutboxSender>();
        await Task.WhenAll(sender.SendDueAsync(CancellationToken.None), sender.SendDueAsync(CancellationToken.None));
        await WaitForOutboxAsync(_app, courseNo, rows => rows is [{ SentAt: not null }]);

        Assert.Single(_app.Sink.Received, m => m.Subject != null && m.Subject.Contains(courseNo, StringComparison.Ordinal));
    }
}

/// <summary>Without Mail:Smtp:Host the outbox keeps every message for later.</summary>
public sealed class OutboxWithoutServerTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task AReturnedCourseIsDecidedAndItsNoticeWaitsInTheOutbox()
    {
        await EnsureOrganiserWithContactAsync(app);
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());

        var decision = await DecideAsync(app, "reviewer-63000-1", itemId, ReviewDecision.Return("請補正。"));
        await Task.Delay(300);

        Assert.True(decision.Succeeded);
        var notice = Assert.Single(await OutboxForAsync(app, courseNo), m => m.Recipient == OrganiserEmail);
        Assert.Null(notice.SentAt);
        Assert.Equal(0, notice.Attempts);
    }
}
