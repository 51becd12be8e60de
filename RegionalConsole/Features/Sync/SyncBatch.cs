using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Sync;

/// <summary>Why one sync item was refused: 400 naming its fields, or 403 with a reason.</summary>
public sealed record SyncRefusal(int Status, ApiMessage? Detail, ApiErrors? Errors)
{
    public static SyncRefusal Invalid(ApiErrors errors) => new(StatusCodes.Status400BadRequest, null, errors);

    public static SyncRefusal Forbidden(ApiMessage detail) => new(StatusCodes.Status403Forbidden, detail, null);

    public IResult ToResult() => (Errors is { } errors ? Refusal.Invalid(errors) : Refusal.Forbidden(Detail!)).ToHttp();

    public SyncProblem ToProblem(string prefix) => Errors is { } errors
        ? new SyncProblem(ApiMessages.TitleInvalid().Render(), Status, null,
            errors.ToDictionary().ToDictionary(e => e.Key.Length == 0 ? prefix : $"{prefix}.{e.Key}", e => e.Value))
        : new SyncProblem(ApiMessages.TitleForbidden().Render(), Status, Detail?.Render(), null);
}

/// <summary>What became of one item: stored (201/200), unchanged (200, nothing written), or refused.</summary>
public sealed record SyncOutcome<TAnswer>(int Status, TAnswer? Answer, bool Unchanged, SyncRefusal? Refusal)
    where TAnswer : class
{
    public static SyncOutcome<TAnswer> Refused(SyncRefusal refusal) => new(refusal.Status, null, false, refusal);

    public static SyncOutcome<TAnswer> Stored(bool created, TAnswer answer) =>
        new(created ? StatusCodes.Status201Created : StatusCodes.Status200OK, answer, false, null);

    public static SyncOutcome<TAnswer> Same(TAnswer answer) => new(StatusCodes.Status200OK, answer, true, null);

    public bool Accepted => Refusal is null && !Unchanged;
}

/// <summary>
/// Items staged in a context, not yet saved: <see cref="BeforeCommit"/> runs inside the transaction after they are
/// saved (an institution's open items moving with it), <see cref="AfterCommit"/> once committed (queues told).
/// </summary>
public sealed record StagedSync<TAnswer>(IReadOnlyList<SyncOutcome<TAnswer>> Outcomes,
    Func<CancellationToken, Task>? BeforeCommit = null, Action? AfterCommit = null)
    where TAnswer : class;

/// <summary>
/// The write path the single PUTs and the batches of SPEC §14.1 share: stage every item in one context (refused and
/// unchanged items stage nothing), then save what was accepted in one transaction, with the Idempotency-Key's answer
/// in the same transaction. A concurrent writer that created the same row first makes the whole call run again.
/// </summary>
public static class SyncBatch
{
    /// <summary>SPEC §14.1: at most 5,000 items a call — one transaction of a few seconds on SQLite's single writer.</summary>
    public const int MaxItems = 5_000;

    /// <summary>Rows read per query when loading what is stored for a batch's keys.</summary>
    public const int ReadChunk = 1_000;

    private const int Attempts = 3;

    /// <summary>400 for an empty batch or one over <see cref="MaxItems"/>, naming the limit; null when the size is right.</summary>
    public static IResult? RefuseSize(string field, int count) => count switch
    {
        0 => Refusal.Invalid(field, ApiMessages.SyncBatchEmpty()).ToHttp(),
        > MaxItems => Refusal.Invalid(field, ApiMessages.SyncBatchTooLarge(MaxItems, count)).ToHttp(),
        _ => null,
    };

    /// <summary>Stages and saves; answers the outcomes, or the stored answer of an earlier call with the same Idempotency-Key.</summary>
    public static async Task<(IResult? Replay, IReadOnlyList<SyncOutcome<TAnswer>> Outcomes)> StoreAsync<TAnswer>(
        IDbContextFactory<ConsoleDbContext> contexts, ApiCaller caller, IdempotentBatch<TAnswer>? idempotency,
        Func<ConsoleDbContext, CancellationToken, Task<StagedSync<TAnswer>>> stage, CancellationToken ct)
        where TAnswer : class
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (idempotency is not null && await IdempotencyReplay.FindAsync(db, caller, idempotency.Key, idempotency.Request, ct) is { } replay)
            {
                return (replay.ToHttp(), []);
            }

            var staged = await stage(db, ct);
            if (!staged.Outcomes.Any(o => o.Accepted))
            {
                return (null, staged.Outcomes);
            }

            idempotency?.Record(db, caller, staged.Outcomes);
            try
            {
                await using (var transaction = await db.Database.BeginTransactionAsync(ct))
                {
                    await db.SaveChangesAsync(ct);
                    if (staged.BeforeCommit is { } move)
                    {
                        await move(ct);
                    }

                    await transaction.CommitAsync(ct);
                }

                staged.AfterCommit?.Invoke();
                return (null, staged.Outcomes);
            }
            catch (Exception e) when (IsUniqueViolation(e) && attempt < Attempts)
            {
                // Another call created one of these rows (or stored this Idempotency-Key) first: judge again against it.
            }
        }
    }

    public static SyncBatchAnswer Answer<TAnswer>(string field, IReadOnlyList<SyncOutcome<TAnswer>> outcomes,
        Func<TAnswer, IReadOnlyList<ApiWarning>?>? warnings = null)
        where TAnswer : class
    {
        var results = outcomes.Select((o, i) => new SyncBatchResult(i, o.Status, o.Unchanged, o.Refusal?.ToProblem($"{field}[{i}]"))
        {
            Warnings = o.Answer is { } answer ? warnings?.Invoke(answer) : null,
        }).ToList();
        return new SyncBatchAnswer(outcomes.Count(o => o.Accepted), outcomes.Count(o => o.Refusal is not null), outcomes.Count(o => o.Unchanged), results);
    }

    private static bool IsUniqueViolation(Exception e) =>
        e is DbUpdateException || e is SqliteException { SqliteErrorCode: 19 } or Npgsql.PostgresException { SqlState: "23505" };
}

/// <summary>A batch's Idempotency-Key (SPEC §10), the request it names, and how the batch's answer is built for storing.</summary>
public sealed record IdempotentBatch<TAnswer>(string? Key, string Request, JsonSerializerOptions Json, DateTime Now,
    Func<IReadOnlyList<SyncOutcome<TAnswer>>, SyncBatchAnswer> Answer)
    where TAnswer : class
{
    internal void Record(ConsoleDbContext db, ApiCaller caller, IReadOnlyList<SyncOutcome<TAnswer>> outcomes) =>
        IdempotencyReplay.Add(db, caller, Key, Request, StatusCodes.Status200OK, null, Answer(outcomes), Json, Now);
}
