using Microsoft.AspNetCore.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Features.Queues;

namespace RegionalConsole.Features.Api;

/// <summary>A partner's write request: who sends it, what it is (<c>POST /api/v1/courses</c>) and its Idempotency-Key.</summary>
public sealed record PartnerRequest(ApiCaller Caller, string Name, string? IdempotencyKey);

/// <summary>
/// The skeleton every partner write shares (SPEC §10), so that a write service is only its domain work: a repeated
/// Idempotency-Key answers what it answered first; for a write to a course, the course must exist (404) and be the key's
/// to act for (403); then the work runs, and what it wrote is saved with the answer a repeat will get and committed in
/// one transaction; a concurrent twin that took the key or a unique value first makes the save fail, and the next
/// attempt answers as the twin did; queues are told only after the commit.
/// </summary>
public sealed class PartnerWrites(
    IDbContextFactory<ConsoleDbContext> contexts,
    IOptions<JsonOptions> json,
    IQueueNotifier notifier,
    TimeProvider clock)
{
    // Three attempts leave room for one more race after the one that replays the twin's answer.
    private const int Attempts = 3;

    public async Task<PartnerWriteResult> RunAsync(PartnerRequest request, Func<PartnerWrite, Task<Outcome<WriteAnswer>>> work,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryRunAsync(request, work, ct);
            }
            catch (Exception e) when (IsUniqueViolation(e) && attempt < Attempts)
            {
                // Rolled back: the next attempt replays the twin's answer or sees what it stored.
            }
        }
    }

    /// <summary>A write to an existing course (modify, enrol, cancel, send a roster): the course is loaded, tracked, with its organiser.</summary>
    public Task<PartnerWriteResult> RunOnCourseAsync(PartnerRequest request, string courseNo,
        Func<PartnerWrite, Course, Task<Outcome<WriteAnswer>>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunAsync(request, async write =>
        {
            var course = await write.Db.Courses.Include(c => c.Organiser).SingleOrDefaultAsync(c => c.CourseNo == courseNo, ct);
            if (course is null)
            {
                return Refusal.NotFound(ApiMessages.CourseNotFound(courseNo));
            }

            return write.Caller.MayActFor(course.OrganiserCode, course.Organiser?.CountyCode)
                ? await work(write, course)
                : Refusal.Forbidden(ApiMessages.OrganiserOutOfScope(course.OrganiserCode));
        }, ct);
    }

    private async Task<PartnerWriteResult> TryRunAsync(PartnerRequest request, Func<PartnerWrite, Task<Outcome<WriteAnswer>>> work,
        CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await IdempotencyReplay.FindAsync(db, request.Caller, request.IdempotencyKey, request.Name, ct) is { } earlier)
        {
            return earlier;
        }

        await using var write = new PartnerWrite(db, request.Caller, clock.GetUtcNow().UtcDateTime);
        var outcome = await work(write);
        if (outcome.Refusal is { } refusal)
        {
            // Nothing is kept of a refused write: its transaction, if it began one, rolls back as it is disposed.
            return refusal;
        }

        var answer = outcome.Value!;
        if (write.Transaction is null && !db.ChangeTracker.HasChanges())
        {
            // Nothing was written (a batch whose every course was refused): nothing to remember either.
            return answer;
        }

        // The one save point of every partner write: what the work wrote, and the answer a repeat of the request gets.
        await write.BeginAsync(ct);
        IdempotencyReplay.Add(db, request.Caller, request.IdempotencyKey, request.Name, answer.Status, answer.Location, answer.Body,
            json.Value.SerializerOptions, write.Now);
        await db.SaveChangesAsync(ct);
        await write.Transaction!.CommitAsync(ct);
        foreach (var change in write.Changes)
        {
            notifier.Publish(change);
        }

        return answer;
    }

    /// <summary>A unique index refused the save: a concurrent request took the Idempotency-Key or a unique value.</summary>
    private static bool IsUniqueViolation(Exception e) =>
        e is DbUpdateException || e is SqliteException { SqliteErrorCode: 19 } or Npgsql.PostgresException { SqlState: "23505" };
}

/// <summary>What the work of one partner write is given: the database, the caller, the request's instant, its transaction.</summary>
public sealed class PartnerWrite(ConsoleDbContext db, ApiCaller caller, DateTime now) : IAsyncDisposable
{
    private readonly List<QueueChange> _changes = [];

    public ConsoleDbContext Db => db;

    public ApiCaller Caller => caller;

    /// <summary>The request's instant (UTC), one for everything it stores.</summary>
    public DateTime Now => now;

    public IDbContextTransaction? Transaction { get; private set; }

    public IReadOnlyList<QueueChange> Changes => _changes;

    /// <summary>
    /// Opens the write's transaction before its first write (on SQLite BEGIN IMMEDIATE: the only writer until the commit),
    /// so the reads and checks before it hold no lock. The pipeline commits it.
    /// </summary>
    public async Task BeginAsync(CancellationToken ct) => Transaction ??= await db.Database.BeginTransactionAsync(ct);

    /// <summary>A queue change to publish once the write has committed; a rolled-back write tells nobody.</summary>
    public void Notify(QueueChange change) => _changes.Add(change);

    public ValueTask DisposeAsync() => Transaction?.DisposeAsync() ?? ValueTask.CompletedTask;
}
