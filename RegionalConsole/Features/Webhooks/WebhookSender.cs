using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Webhooks;
using RegionalConsole.Features.Changes;
using RegionalConsole.Features.Operations;
using StandardWebhooks;

namespace RegionalConsole.Features.Webhooks;

/// <summary>
/// Sends the webhook outbox (SPEC §14.3): each delivery POSTs the feed item's JSON, signed by the Standard Webhooks
/// scheme (webhook-id = the item's cursor). A non-2xx answer or none is retried by <see cref="WebhookBackoff"/>; when it
/// gives up the subscription is suspended with the reason. A course's deliveries go in change order: while one is
/// undelivered, the later ones of that course wait. On PostgreSQL one node sends at a time (a session advisory lock).
/// </summary>
public sealed class WebhookSender(IDbContextFactory<ConsoleDbContext> contexts, IHttpClientFactory http, WebhookService service,
    ChangesFeed feed, IOptions<JsonOptions> json, DatabaseInfo database, WebhookOptions options, TimeProvider clock,
    ILogger<WebhookSender> logger) : BackgroundService
{
    private const long SenderLockKey = 0x52437768; // "RCwh"
    private const int Batch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Poll);
        do
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The webhook outbox could not be read; trying again at the next poll.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass over the due deliveries; answers how many were delivered.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        await using var senderLock = database.Provider == DatabaseProvider.Postgres ? new NpgsqlConnection(database.ConnectionString) : null;
        if (senderLock is not null)
        {
            await senderLock.OpenAsync(ct);
            await using var take = new NpgsqlCommand($"SELECT pg_try_advisory_lock({SenderLockKey})", senderLock);
            if (await take.ExecuteScalarAsync(ct) is not true)
            {
                return 0; // another node is sending
            }
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var delivered = 0;
            foreach (var subscription in await db.WebhookSubscriptions.Where(s => s.State == WebhookState.Active).ToListAsync(ct))
            {
                delivered += await SendAsync(db, subscription, ct);
            }

            return delivered;
        }
        finally
        {
            if (senderLock is not null)
            {
                // A pooled connection keeps its session's locks when closed: release it explicitly.
                await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({SenderLockKey})", senderLock);
                await release.ExecuteScalarAsync(CancellationToken.None);
            }
        }
    }

    private async Task<int> SendAsync(ConsoleDbContext db, WebhookSubscription subscription, CancellationToken ct)
    {
        var deliveries = await db.WebhookDeliveries.Where(d => d.SubscriptionId == subscription.Id && d.DeliveredAt == null)
            .OrderBy(d => d.ChangeId).Take(Batch).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = new List<WebhookDelivery>();
        var waiting = new HashSet<int>();
        foreach (var delivery in deliveries)
        {
            // A course's later change waits behind its earlier one (SPEC §14.3: deliveries of one course keep their order).
            if (delivery.NextAttemptAt > now || waiting.Contains(delivery.CourseId))
            {
                waiting.Add(delivery.CourseId);
                continue;
            }

            due.Add(delivery);
        }

        if (due.Count == 0)
        {
            return 0;
        }

        using var activity = ConsoleInstruments.Activities.StartActivity("webhook.send");
        activity?.SetTag("regional_console.webhook.subscription", subscription.Id);
        activity?.SetTag("regional_console.webhook.due", due.Count);
        var changeIds = due.Select(d => d.ChangeId).ToList();
        var changes = await db.CourseChanges.AsNoTracking().Where(c => changeIds.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(ct);
        var items = (await feed.ItemsAsync(db, changes, ct)).ToDictionary(i => i.Cursor);
        var signer = new StandardWebhook(service.Protector.Unprotect(subscription.ProtectedSecret));
        var client = http.CreateClient(WebhookHttp.ClientName);
        var delivered = 0;
        foreach (var delivery in due)
        {
            if (waiting.Contains(delivery.CourseId))
            {
                continue;
            }

            var cursor = Domain.Changes.FeedCursor.Encode(delivery.ChangeId);
            var failure = items.TryGetValue(cursor, out var item) ? await PostAsync(client, signer, subscription.Url, item, ct) : null;
            var at = clock.GetUtcNow().UtcDateTime;
            if (failure is null)
            {
                delivery.DeliveredAt = at;
                subscription.LastSuccessAt = at;
                delivered++;
            }
            else if (Fail(subscription, delivery, failure, at))
            {
                break;
            }
            else
            {
                waiting.Add(delivery.CourseId);
            }

            await db.SaveChangesAsync(ct);
        }

        await db.SaveChangesAsync(ct);
        return delivered;
    }

    /// <summary>Schedules the next attempt; true when the back-off is spent and the subscription is suspended.</summary>
    private static bool Fail(WebhookSubscription subscription, WebhookDelivery delivery, string reason, DateTime at)
    {
        delivery.FailedAttempts++;
        subscription.LastFailureAt = at;
        subscription.LastFailureReason = reason;
        if (WebhookBackoff.NextAttempt(delivery.FailedAttempts, at) is { } next)
        {
            delivery.NextAttemptAt = next;
            return false;
        }

        subscription.State = WebhookState.Suspended;
        subscription.SuspendedFor = WebhookSuspension.DeliveriesFailed;
        subscription.SuspendedReason = $"{delivery.FailedAttempts} attempts failed since {WebhookBackoff.RetriedFor.TotalHours:0.#} h; last: {reason}";
        return true;
    }

    /// <summary>POSTs one signed item; null when the receiver took it (2xx), else why not.</summary>
    private async Task<string?> PostAsync(HttpClient client, StandardWebhook signer, string url, ChangeItem item, CancellationToken ct)
    {
        var payload = JsonSerializer.Serialize(item, json.Value.SerializerOptions);
        var timestamp = clock.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", item.Cursor);
        request.Headers.Add("webhook-timestamp", timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", signer.Sign(item.Cursor, timestamp, payload));
        try
        {
            using var response = await client.SendAsync(request, ct);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return e is TaskCanceledException ? "no answer (timeout)" : Trim(e.InnerException?.Message ?? e.Message);
        }
    }

    private static string Trim(string message) => message.Length <= 400 ? message : message[..400];
}
