using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.ApiClients;

public sealed record ApiClientBody(string? Name, bool IsAdministrator, List<string>? InstitutionCodes, string? CountyCode);

/// <summary>The key is in the answer once; only its hash is kept.</summary>
public sealed record CreatedApiClient(int Id, string Name, string Key, string KeyPrefix, bool IsAdministrator, IReadOnlyList<string> InstitutionCodes, string? CountyCode);

public sealed class ApiClientService(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider clock)
{
    public static string NewKey() => "rc_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public async Task<IResult> CreateAsync(string actor, ApiClientBody body, CancellationToken ct)
    {
        var errors = new ApiErrors();
        errors.Required("name", body.Name, 100);
        if (body.CountyCode is not null && !Counties.IsKnown(body.CountyCode))
        {
            errors.Add("countyCode", $"未知的縣市代碼「{body.CountyCode}」。");
        }

        var codes = body.InstitutionCodes ?? [];
        if (!body.IsAdministrator && codes.Count == 0 && body.CountyCode is null)
        {
            errors.Add("institutionCodes", "合作系統金鑰須指定可代理的機關或縣市。");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var known = await db.Institutions.Where(i => codes.Contains(i.Code)).Select(i => i.Code).ToListAsync(ct);
        foreach (var missing in codes.Except(known))
        {
            errors.Add("institutionCodes", $"查無機關「{missing}」。");
        }

        if (errors.Any)
        {
            return ApiProblems.Invalid(errors);
        }

        var key = NewKey();
        var client = new ApiClient
        {
            Name = body.Name!.Trim(),
            KeyHash = ApiKeyAuthenticationHandler.Hash(key),
            KeyPrefix = key[..7],
            IsAdministrator = body.IsAdministrator,
            InstitutionCodes = codes.Distinct().ToList(),
            CountyCode = body.CountyCode,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(ct);
        db.AuditLog.Add(AuditEntry.Create(client.CreatedAt, actor, "ApiClientCreated", nameof(ApiClient),
            client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            after: new { client.Name, client.KeyPrefix, client.IsAdministrator, client.InstitutionCodes, client.CountyCode }));
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/api-clients/{client.Id}",
            new CreatedApiClient(client.Id, client.Name, key, client.KeyPrefix, client.IsAdministrator, client.InstitutionCodes, client.CountyCode));
    }
}
