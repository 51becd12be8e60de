using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Mail;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Operations;

/// <summary>
/// The console's own gauges, read through the Prometheus scrape, against a scenario whose every figure the test made:
/// two courses submitted to centre 63000 on Wednesday 2026-11-25 (due Monday 11-30, 第11條第8款), a webhook whose
/// receiver is away, two mails to a closed SMTP port; then a week passes and a reviewer approves one course.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class OperationsGaugesTests(TelemetryAppFactory app) : IClassFixture<TelemetryAppFactory>
{
    private const string Centre = "63000";
    private const string OpenItems = "regional_console.review.open_items";

    [Fact]
    public async Task TheGaugesReportTheScenarioReadAtMostOncePerRefreshAndFollowTheDataAfterIt()
    {
        app.StartServer();
        await EnsureOrganiserAsync(app);
        using var api = app.CreateApiClient();
        var hook = await api.PostAsJsonAsync("/api/v1/webhooks", new { url = $"https://127.0.0.1:{TelemetryAppFactory.ClosedPort}/hook", events = new[] { "CourseSubmitted" } });
        Assert.Equal(HttpStatusCode.Created, hook.StatusCode);
        var (_, first) = await SubmitAsync(app, MixedBody());
        await SubmitAsync(app, MixedBody());
        await app.WebhookSender.SendDueAsync(CancellationToken.None);
        await EnqueueMailsAsync(2);
        await app.MailSender.SendDueAsync(CancellationToken.None); // the first fails to connect; the rest wait for the next pass
        await WaitForCatchUpRunAsync();

        using var measurements = new ConsoleMeasurements(app.Services);
        var before = measurements.Observe();
        Assert.Equal(2, before.Value(OpenItems, ("centre", Centre), ("sla_state", "on_track")));
        Assert.Equal(0, before.Value(OpenItems, ("centre", Centre), ("sla_state", "overdue")));
        Assert.Equal(0, before.Value(OpenItems, ("centre", "66000"), ("sla_state", "on_track")));
        Assert.Equal(0, before.Value("regional_console.review.overdue_items"));
        Assert.Equal(2, before.Value("regional_console.webhook.deliveries", ("state", "failing")));
        Assert.Equal(0, before.Value("regional_console.webhook.deliveries", ("state", "pending")));
        Assert.Equal(1, before.Value("regional_console.webhook.subscriptions", ("state", "active")));
        Assert.Equal(1, before.Value("regional_console.mail.outbox.messages", ("state", "failed")));
        Assert.Equal(1, before.Value("regional_console.mail.outbox.messages", ("state", "pending")));
        Assert.Equal(0, before.Value("regional_console.preschool_exchange.last_run.age", ("status", "succeeded")));
        Assert.Equal(0, before.Value("regional_console.preschool_exchange.last_success.age"));
        Assert.Equal(0, before.Value("regional_console.preschool_exchange.unacknowledged_runs"));

        // New data within the refresh: the figures (and the database) are not read again.
        var reads = app.Figures.Reads;
        await SubmitAsync(app, MixedBody());
        var cached = measurements.Observe();
        Assert.Equal(2, cached.Value(OpenItems, ("centre", Centre), ("sla_state", "on_track")));
        Assert.Equal(reads, app.Figures.Reads);

        // A week later (Wednesday 12-02) the three are past due; then one is approved.
        app.Clock.Advance(TimeSpan.FromDays(7));
        await DecideAsync(app, await ReviewerAsync(), first, ReviewDecision.Approve("測試用：已確認。"));
        var after = measurements.Observe();
        Assert.Equal(2, after.Value(OpenItems, ("centre", Centre), ("sla_state", "overdue")));
        Assert.Equal(0, after.Value(OpenItems, ("centre", Centre), ("sla_state", "on_track")));
        Assert.Equal(2, after.Value("regional_console.review.overdue_items"));
        Assert.Equal(TimeSpan.FromDays(7).TotalSeconds, after.Value("regional_console.mail.outbox.oldest_age"));
        Assert.Equal(TimeSpan.FromDays(7).TotalSeconds, after.Value("regional_console.preschool_exchange.last_run.age", ("status", "succeeded")));
        Assert.Equal(1, after.Value("regional_console.preschool_exchange.unacknowledged_runs")); // 3 days passed without an ack
        Assert.Equal(1, measurements.Counted("regional_console.review.decisions", ("review_kind", "course"), ("outcome", "approved")));
        Assert.Equal(reads + 1, app.Figures.Reads);

        // The same figures, as Prometheus reads them.
        var scrape = await app.ScrapeAsync();
        Assert.Contains("regional_console_review_open_items{", scrape.Text, StringComparison.Ordinal);
        Assert.Contains("regional_console_preschool_exchange_last_run_age_seconds{", scrape.Text, StringComparison.Ordinal);
    }

    private async Task EnqueueMailsAsync(int count)
    {
        var outbox = app.Services.GetRequiredService<MailOutbox>();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        for (var i = 0; i < count; i++)
        {
            outbox.Add(db, "Test", $"organiser{i}@example.edu.tw", $"通知 {i}", "內容", app.Clock.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The exchange job's catch-up run at start (on the test clock, so its age is the clock's doing).</summary>
    private async Task WaitForCatchUpRunAsync()
    {
        for (var i = 0; i < 200 && !await app.WithDbAsync(db => db.ExchangeRuns.AnyAsync(r => r.FinishedAt != null)); i++)
        {
            await Task.Delay(50);
        }
    }

    private async Task<string> ReviewerAsync()
    {
        using var api = app.CreateApiClient();
        var response = await api.PostAsJsonAsync("/api/v1/accounts",
            new { userName = "reviewer-63000-otel", displayName = "觀測審核員", email = "reviewer-otel@tp.edu.tw", role = "Reviewer", centre = Centre });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return "reviewer-63000-otel";
    }
}
