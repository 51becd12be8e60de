using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;

namespace RegionalConsole.Features.Api;

/// <summary>
/// Idempotency-Key (SPEC §10): the first answer is stored in the same transaction as what it created, so a repeat
/// (or a concurrent twin) gets that answer and nothing is stored twice.
/// </summary>
public static class IdempotencyReplay
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>Longer keys are refused (400) before any endpoint runs (SPEC §13.3), so a key is stored whole.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>The answer a repeated key gets (or 409 for a key used for another request); null for a first request.</summary>
    public static async Task<PartnerWriteResult?> FindAsync(ConsoleDbContext db, ApiCaller caller, string? key, string request, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        var record = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ClientName == caller.Name && r.Key == key, ct);
        if (record is null)
        {
            return null;
        }

        if (record.RequestPath != request)
        {
            return Refusal.Conflict(ApiMessages.IdempotencyKeyReused(key, record.RequestPath));
        }

        return new StoredAnswer(record.StatusCode, record.Location, record.ResponseBody);
    }

    public static void Add(ConsoleDbContext db, ApiCaller caller, string? key, string request, int status, string? location,
        object answer, JsonSerializerOptions options, DateTime now)
    {
        if (string.IsNullOrEmpty(key))
        {
            return;
        }

        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Key = key,
            ClientName = caller.Name,
            RequestPath = request,
            StatusCode = status,
            Location = location,
            ResponseBody = JsonSerializer.Serialize(answer, options),
            CreatedAt = now,
        });
    }
}
