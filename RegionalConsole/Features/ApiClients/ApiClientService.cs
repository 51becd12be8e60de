using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.ApiClients;

/// <param name="ExchangePlatform">The role ExchangePlatform (SPEC §14.4): the key collects the preschool exchange and nothing else.</param>
public sealed record ApiClientBody(string? Name, bool IsAdministrator, List<string>? InstitutionCodes, string? CountyCode, bool ExchangePlatform = false);

/// <summary>The key is in the answer once; only its hash is kept.</summary>
public sealed record CreatedApiClient(int Id, string Name, string Key, string KeyPrefix, bool IsAdministrator, IReadOnlyList<string> InstitutionCodes, string? CountyCode,
    bool ExchangePlatform);

public sealed record ApiClientRow(int Id, string Name, string KeyPrefix, bool IsAdministrator, IReadOnlyList<string> InstitutionCodes,
    string? CountyCode, bool Enabled, DateTime CreatedAt, DateTime? LastUsedAt, long RequestCount, bool ExchangePlatform);

/// <summary>
/// Partner systems' API keys (資訊傳報, SPEC §10): created by administrators through the API or the console, shown
/// once, stored as SHA-256 hashes; rotated (the old key stops working at once) or revoked. Every change is audited.
/// </summary>
public sealed class ApiClientService(IDbContextFactory<ConsoleDbContext> contexts, ApiKeyUsage usage, TimeProvider clock)
{
    public static string NewKey() => "rc_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public async Task<IResult> CreateAsync(string actor, ApiClientBody body, CancellationToken ct)
    {
        var (created, errors) = await CreateKeyAsync(actor, body, ct);
        return created is null
            ? ApiProblems.Invalid(errors!)
            : Results.Created($"/api/v1/api-clients/{created.Id}", created);
    }

    /// <summary>Creates a key; null and the bad fields when the body is invalid (nothing stored then).</summary>
    public async Task<(CreatedApiClient? Created, ApiErrors? Errors)> CreateKeyAsync(string actor, ApiClientBody body, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new ApiErrors();
        errors.Required("name", body.Name, 100);
        if (body.CountyCode is not null && !Counties.IsKnown(body.CountyCode))
        {
            errors.Add("countyCode", ApiMessages.CountyUnknown(body.CountyCode));
        }

        var codes = (body.InstitutionCodes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (body.ExchangePlatform && (body.IsAdministrator || codes.Count > 0 || body.CountyCode is not null))
        {
            // SPEC §14.4: such a key can do nothing else.
            errors.Add("exchangePlatform", "資訊傳報平臺金鑰不得兼具管理者權限，也不得代理機關或縣市。");
        }
        else if (!body.IsAdministrator && !body.ExchangePlatform && codes.Count == 0 && body.CountyCode is null)
        {
            errors.Add("institutionCodes", ApiMessages.PartnerScopeRequired());
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var known = await db.Institutions.Where(i => codes.Contains(i.Code)).Select(i => i.Code).ToListAsync(ct);
        foreach (var missing in codes.Except(known))
        {
            errors.Add("institutionCodes", ApiMessages.InstitutionUnknown(missing));
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        var key = NewKey();
        var client = new ApiClient
        {
            Name = body.Name!.Trim(),
            KeyHash = ApiKeyAuthenticationHandler.Hash(key),
            KeyPrefix = key[..7],
            IsAdministrator = body.IsAdministrator,
            InstitutionCodes = codes,
            CountyCode = body.CountyCode,
            ExchangePlatform = body.ExchangePlatform,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        // The key and its audit entry are stored together or not at all (the entry needs the key's id).
        await contexts.InTransactionAsync(async (tx, token) =>
        {
            tx.ApiClients.Add(client);
            await tx.SaveChangesAsync(token);
            tx.AuditLog.Add(AuditEntry.Create(client.CreatedAt, actor, "ApiClientCreated", nameof(ApiClient), Id(client),
                after: new { client.Name, client.KeyPrefix, client.IsAdministrator, client.InstitutionCodes, client.CountyCode, client.ExchangePlatform }));
            return await tx.SaveChangesAsync(token);
        }, ct);
        return (new CreatedApiClient(client.Id, client.Name, key, client.KeyPrefix, client.IsAdministrator, client.InstitutionCodes, client.CountyCode,
            client.ExchangePlatform), null);
    }

    /// <summary>Every key, newest first, with usage written up to this moment.</summary>
    public async Task<List<ApiClientRow>> ListAsync(CancellationToken ct = default)
    {
        await usage.FlushAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var clients = await db.ApiClients.AsNoTracking().OrderByDescending(c => c.Id).ToListAsync(ct);
        return [.. clients.Select(c => new ApiClientRow(c.Id, c.Name, c.KeyPrefix, c.IsAdministrator, c.InstitutionCodes, c.CountyCode,
            c.Enabled, c.CreatedAt, c.LastUsedAt, c.RequestCount, c.ExchangePlatform))];
    }

    /// <summary>A new key for the same partner; the old one is refused from now on. Null when the key is unknown or revoked.</summary>
    public async Task<string?> RotateAsync(ConsoleUser user, int id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role != ConsoleRole.Administrator)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == id && c.Enabled, ct);
        if (client is null)
        {
            return null;
        }

        var key = NewKey();
        var before = new { client.KeyPrefix };
        client.KeyHash = ApiKeyAuthenticationHandler.Hash(key);
        client.KeyPrefix = key[..7];
        db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, "ApiClientRotated", nameof(ApiClient), Id(client),
            before, new { client.KeyPrefix }));
        await db.SaveChangesAsync(ct);
        return key;
    }

    /// <summary>
    /// Revokes a key for good: the partner gets 401 from the next request on, and its webhooks are suspended in the same
    /// transaction, so no change is sent to a partner whose key no longer reads them (SPEC §14.3).
    /// </summary>
    public async Task<AdminEditResult> RevokeAsync(ConsoleUser user, int id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role != ConsoleRole.Administrator)
        {
            return AdminEditResult.Refused("只有系統管理者可以撤銷 API 金鑰。");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (client is null || !client.Enabled)
        {
            return AdminEditResult.Refused("此金鑰不存在或已撤銷。");
        }

        client.Enabled = false;
        foreach (var subscription in await db.WebhookSubscriptions.Where(w => w.OwnerName == client.Name && w.State == WebhookState.Active).ToListAsync(ct))
        {
            subscription.State = WebhookState.Suspended;
            subscription.SuspendedFor = WebhookSuspension.KeyRevoked;
            subscription.SuspendedReason = "API key revoked";
        }

        db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, "ApiClientRevoked", nameof(ApiClient), Id(client),
            new { Enabled = true }, new { Enabled = false }));
        await db.SaveChangesAsync(ct);
        return AdminEditResult.Ok;
    }

    private static string Id(ApiClient client) => client.Id.ToString(CultureInfo.InvariantCulture);
}
