using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Webhooks;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Webhooks;

public sealed record WebhookBody(string? Url, List<string?>? Events);

/// <summary>The secret is in this answer once (SPEC §14.3).</summary>
public sealed record CreatedWebhook(int Id, string Url, IReadOnlyList<string> Events, string Secret);

/// <summary>A subscription and how its deliveries go: what its owner and administrators see.</summary>
public sealed record WebhookStateRow(int Id, string Owner, string Url, IReadOnlyList<string> Events, string State, string? SuspendedFor,
    string? SuspendedReason, DateTime CreatedAt, DateTime? LastSuccessAt, DateTime? LastFailureAt, string? LastFailureReason, int Backlog);

public sealed record WebhookList(IReadOnlyList<WebhookStateRow> Items);

/// <summary>
/// Partners' webhook subscriptions (SPEC §14.3). A key sees and manages only its own. The signing secret is kept
/// encrypted with the console's Data Protection keys (shared by every node), since each delivery is signed with it.
/// </summary>
public sealed class WebhookService(IDbContextFactory<ConsoleDbContext> contexts, IDataProtectionProvider protection, WebhookOptions options,
    TimeProvider clock)
{
    private const string Purpose = "RegionalConsole.Webhooks.Secret";

    public IDataProtector Protector => protection.CreateProtector(Purpose);

    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public async Task<IResult> CreateAsync(ApiCaller caller, WebhookBody body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(body);
        var errors = new ApiErrors();
        if (await UrlProblemAsync(body.Url, options.AllowPrivateNetworks, ct) is { } urlProblem)
        {
            errors.Add("url", urlProblem);
        }

        var events = WebhookEvents.Read(body.Events, out var unknown);
        foreach (var name in unknown)
        {
            errors.Add("events", $"未知的變更類型「{name}」。");
        }

        if (errors.Any)
        {
            return ApiProblems.Invalid(errors);
        }

        var secret = NewSecret();
        var subscription = new WebhookSubscription
        {
            OwnerName = caller.Name,
            Url = body.Url!,
            Events = [.. events],
            ProtectedSecret = Protector.Protect(secret),
            IsAdministrator = caller.IsAdministrator,
            InstitutionCodes = [.. caller.Institutions.Order(StringComparer.Ordinal)],
            CountyCode = caller.CountyCode,
            State = WebhookState.Active,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.WebhookSubscriptions.Add(subscription);
        db.AuditLog.Add(AuditEntry.Create(subscription.CreatedAt, caller.Actor, "WebhookCreated", nameof(WebhookSubscription), body.Url!,
            after: new { subscription.Url, Events = subscription.Events.Select(e => e.ToString()) }));
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/webhooks/{subscription.Id}",
            new CreatedWebhook(subscription.Id, subscription.Url, [.. subscription.Events.Select(e => e.ToString())], secret));
    }

    /// <summary>The caller's own subscriptions; null owner: every subscription (the console's administrators).</summary>
    public async Task<IReadOnlyList<WebhookStateRow>> ListAsync(string? owner, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => owner == null || s.OwnerName == owner)
            .OrderBy(s => s.Id).ToListAsync(ct);
        var ids = subscriptions.Select(s => s.Id).ToList();
        var backlog = await db.WebhookDeliveries.Where(d => ids.Contains(d.SubscriptionId) && d.DeliveredAt == null)
            .GroupBy(d => d.SubscriptionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. subscriptions.Select(s => new WebhookStateRow(s.Id, s.OwnerName, s.Url, [.. s.Events.Select(e => e.ToString())], s.State.ToString(),
            s.SuspendedFor?.ToString(), s.SuspendedReason, s.CreatedAt, s.LastSuccessAt, s.LastFailureAt, s.LastFailureReason, backlog.GetValueOrDefault(s.Id)))];
    }

    public async Task<IResult> DeleteAsync(ApiCaller caller, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Another key's subscription is answered as unknown: a key cannot learn which ids others hold.
        var subscription = await db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == id && s.OwnerName == caller.Name, ct);
        if (subscription is null)
        {
            return ApiProblems.NotFound($"查無此金鑰的 webhook {id}。");
        }

        db.WebhookSubscriptions.Remove(subscription);
        db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, caller.Actor, "WebhookDeleted", nameof(WebhookSubscription), subscription.Url));
        await db.SaveChangesAsync(ct);
        return Results.NoContent();
    }

    /// <summary>Why the URL may not be used (SPEC §14.3), or null: resolved here, and again at every delivery.</summary>
    internal static async Task<string?> UrlProblemAsync(string? url, bool allowPrivateNetworks, CancellationToken ct)
    {
        var problem = WebhookUrl.CheckForm(url, out var uri);
        if (problem == WebhookUrlProblem.None)
        {
            IPAddress[] addresses;
            try
            {
                addresses = await Dns.GetHostAddressesAsync(uri!.IdnHost, ct);
            }
            catch (System.Net.Sockets.SocketException)
            {
                addresses = [];
            }

            problem = WebhookUrl.CheckAddresses(addresses, allowPrivateNetworks);
        }

        return problem switch
        {
            WebhookUrlProblem.None => null,
            WebhookUrlProblem.NotAbsolute => $"須為完整網址（至多 {WebhookUrl.MaxLength} 字元）。",
            WebhookUrlProblem.NotHttps => "須使用 https。",
            WebhookUrlProblem.HasCredentials => "網址不得包含帳號密碼。",
            WebhookUrlProblem.InternalAddress => "主機解析為本機或私有網路位址，不得作為 webhook 目的地。",
            _ => "無法解析主機名稱。",
        };
    }
}
