using RegionalConsole.Data;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Sync;

/// <summary>Why one sync item was refused: 400 naming its fields, or 403 with a reason.</summary>
public sealed record SyncRefusal(int Status, ApiMessage? Detail, ApiErrors? Errors)
{
    public static SyncRefusal Invalid(ApiErrors errors) => new(StatusCodes.Status400BadRequest, null, errors);

    public static SyncRefusal Forbidden(ApiMessage detail) => new(StatusCodes.Status403Forbidden, detail, null);

    public Refusal ToRefusal() => Errors is { } errors ? Refusal.Invalid(errors) : Refusal.Forbidden(Detail!);

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
/// Items staged in the write's context, not yet saved; <see cref="BeforeCommit"/> runs inside the transaction after they
/// are saved (an institution's open items moving with it, the queues to tell once committed).
/// </summary>
public sealed record StagedSync<TAnswer>(IReadOnlyList<SyncOutcome<TAnswer>> Outcomes, Func<CancellationToken, Task>? BeforeCommit = null)
    where TAnswer : class;

/// <summary>
/// What the single PUTs and the batches of SPEC §14.1 share, on the one partner-write pipeline (<see cref="PartnerWrites"/>:
/// Idempotency-Key, one transaction, a retry when a concurrent writer created the same row first): every item is staged
/// in one context (refused and unchanged items stage nothing) and what was accepted is saved together.
/// </summary>
public static class SyncBatch
{
    /// <summary>SPEC §14.1: at most 5,000 items a call — one transaction of a few seconds on SQLite's single writer.</summary>
    public const int MaxItems = 5_000;

    /// <summary>Rows read per query when loading what is stored for a batch's keys.</summary>
    public const int ReadChunk = 1_000;

    /// <summary>400 for an empty batch or one over <see cref="MaxItems"/>, naming the limit; null when the size is right.</summary>
    public static Refusal? RefuseSize(string field, int count) => count switch
    {
        0 => Refusal.Invalid(field, ApiMessages.SyncBatchEmpty()),
        > MaxItems => Refusal.Invalid(field, ApiMessages.SyncBatchTooLarge(MaxItems, count)),
        _ => null,
    };

    /// <summary>Stages the items; when any was accepted and more must happen in the transaction, saves them first and runs it.</summary>
    public static async Task<IReadOnlyList<SyncOutcome<TAnswer>>> StoreAsync<TAnswer>(PartnerWrite write, StagedSync<TAnswer> staged,
        CancellationToken ct)
        where TAnswer : class
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(staged);
        if (staged.Outcomes.Any(o => o.Accepted) && staged.BeforeCommit is { } beforeCommit)
        {
            await write.BeginAsync(ct);
            await write.Db.SaveChangesAsync(ct);
            await beforeCommit(ct);
        }

        return staged.Outcomes;
    }

    /// <summary>A single PUT's answer: 201 with where it lives when created, 200 when changed or unchanged, or its refusal.</summary>
    public static Outcome<WriteAnswer> Single<TAnswer>(SyncOutcome<TAnswer> outcome, Func<TAnswer, string> location)
        where TAnswer : class
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(location);
        return outcome switch
        {
            { Refusal: { } refusal } => refusal.ToRefusal(),
            { Status: StatusCodes.Status201Created, Answer: { } answer } => WriteAnswer.Created(answer, location(answer)),
            { Answer: { } answer } => WriteAnswer.Changed(answer),
            _ => throw new InvalidOperationException("A sync item is either refused or answered."),
        };
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
}
