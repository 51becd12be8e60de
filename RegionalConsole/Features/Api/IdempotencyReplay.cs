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

    public static async Task<IResult?> FindAsync(ConsoleDbContext db, ApiCaller caller, string? key, string request, CancellationToken ct)
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
            return ApiProblems.Conflict($"Idempotency-Key「{key}」已用於另一個請求（{record.RequestPath}）。");
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

    private sealed class StoredAnswer(int status, string? location, string body) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            if (location is not null)
            {
                httpContext.Response.Headers.Location = location;
            }

            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            return httpContext.Response.WriteAsync(body);
        }
    }
}
