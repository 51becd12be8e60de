using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Mail;
using RegionalConsole.Features.Mail;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Mail;

/// <summary>The reviewers' daily digest: content, working days, preferences, once a day. Each test uses its own day.</summary>
public sealed class DigestTests(MailAppFactory app) : IClassFixture<MailAppFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await EnsureOrganiserAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task ADigestListsItsCentresOverdueAndDueSoonItemsButNotAnotherCentres()
    {
        var overdue = await SubmitWithDueDateAsync(new DateOnly(2026, 11, 20));
        var dueSoon = await SubmitWithDueDateAsync(new DateOnly(2026, 11, 26));
        var later = await SubmitWithDueDateAsync(new DateOnly(2026, 12, 4));
        var otherCentre = await OpenItemOfAnotherCentreAsync();

        await EnqueueAsync(Taipei(2026, 11, 25, 8));

        var body = await DigestBodyAsync("2026-11-25", "reviewer-63000-1");
        var overdueSection = body[body.IndexOf("■已逾期", StringComparison.Ordinal)..body.IndexOf("■即將到期", StringComparison.Ordinal)];
        var dueSoonSection = body[body.IndexOf("■即將到期", StringComparison.Ordinal)..];
        Assert.Contains(overdue, overdueSection, StringComparison.Ordinal);
        Assert.Contains(dueSoon, dueSoonSection, StringComparison.Ordinal);
        Assert.DoesNotContain(later, body, StringComparison.Ordinal);
        Assert.DoesNotContain(otherCentre, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDigestArrivesThroughSmtpWithItsCountsInTheSubject()
    {
        await SubmitWithDueDateAsync(new DateOnly(2026, 11, 20));
        var monday = Taipei(2026, 11, 30, 8);
        if (app.Clock.GetUtcNow() < monday)
        {
            app.Clock.SetUtcNow(monday); // the sender delivers what is due by the app's clock
        }

        await EnqueueAsync(monday);

        var mail = await app.Sink.WaitForAsync(m => m.Subject is { } s && s.Contains("115/11/30 待審摘要", StringComparison.Ordinal)
            && m.To.ToString().Contains("reviewer-63000-1@", StringComparison.Ordinal), stalled: () => app.Clock.Advance(RetrySchedule.DelayAfter(1)));
        Assert.Matches("逾期 [1-9][0-9]* 件", mail.Subject);
    }

    [Fact]
    public async Task AReviewerWhoOptedOutReceivesNoDigestWhileTheirColleagueDoes()
    {
        var optedOut = await UserAsync(app, "reviewer-63000-2");
        await app.WithDbAsync(async db =>
        {
            db.AccountPreferences.Add(new AccountPreferences { AccountId = optedOut.AccountId, ReceiveDigest = false });
            return await db.SaveChangesAsync();
        });
        await SubmitWithDueDateAsync(new DateOnly(2026, 11, 20));

        await EnqueueAsync(Taipei(2026, 11, 26, 8));

        var recipients = await app.WithDbAsync(db => db.Outbox.Where(m => m.DedupKey!.StartsWith("digest:2026-11-26:")).Select(m => m.Recipient).ToListAsync());
        Assert.Contains("reviewer-63000-1@example.edu.tw", recipients);
        Assert.DoesNotContain("reviewer-63000-2@example.edu.tw", recipients);
    }

    [Fact]
    public async Task TheDigestIsEnqueuedOnceADay()
    {
        await SubmitWithDueDateAsync(new DateOnly(2026, 11, 20));

        var first = await EnqueueAsync(Taipei(2026, 11, 27, 8));
        var second = await EnqueueAsync(Taipei(2026, 11, 27, 15));

        Assert.True(first > 0);
        Assert.Equal(0, second);
    }

    [Theory]
    [InlineData(2026, 11, 28, 8)] // Saturday
    [InlineData(2026, 12, 1, 7)] // a working Tuesday, before 07:30
    public async Task NoDigestOnADayOffOrBeforeTheMorningHour(int year, int month, int day, int hour)
    {
        await SubmitWithDueDateAsync(new DateOnly(2026, 11, 20));

        Assert.Equal(0, await EnqueueAsync(Taipei(year, month, day, hour)));
    }

    private static DateTime Taipei(int year, int month, int day, int hour) => new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Utc).AddHours(-8);

    private async Task<int> EnqueueAsync(DateTime utcNow)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestService>().EnqueueDueAsync(utcNow);
    }

    private async Task<string> SubmitWithDueDateAsync(DateOnly due)
    {
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());
        await app.WithDbAsync(db => db.ReviewItems.Where(i => i.Id == itemId).ExecuteUpdateAsync(s => s.SetProperty(i => i.DueDate, due)));
        return courseNo;
    }

    private Task<string> OpenItemOfAnotherCentreAsync() => app.WithDbAsync(async db =>
    {
        var item = await db.ReviewItems.Where(i => i.Outcome == null && i.CentreCode == "65000").OrderBy(i => i.Id).FirstAsync();
        await db.ReviewItems.Where(i => i.Id == item.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.DueDate, new DateOnly(2026, 11, 20)));
        return await db.Courses.Where(c => c.Id == item.CourseId).Select(c => c.CourseNo).SingleAsync();
    });

    private async Task<string> DigestBodyAsync(string day, string userName)
    {
        var user = await UserAsync(app, userName);
        return await app.WithDbAsync(db => db.Outbox.Where(m => m.DedupKey == $"digest:{day}:{user.AccountId}").Select(m => m.Body).SingleAsync());
    }
}
