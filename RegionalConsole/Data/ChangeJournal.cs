using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Changes;

namespace RegionalConsole.Data;

/// <summary>The course changes one context has made in its current transaction, written when it commits.</summary>
public sealed class PendingChanges
{
    private readonly List<(ChangeType Type, object Source)> _noted = [];

    internal bool OwnsTransaction { get; set; }

    internal int Count => _noted.Count;

    /// <summary>A change made by a path that bypasses EF (the SQLite bulk intake); <paramref name="courseId"/> is known.</summary>
    public void Note(ChangeType type, int courseId) => _noted.Add((type, courseId));

    internal void Note(ChangeType type, object entity) => _noted.Add((type, entity));

    internal void Clear() => _noted.Clear();

    internal IReadOnlyList<(ChangeType Type, object Source)> Noted => _noted;
}

/// <summary>
/// Writes the noted changes (<see cref="ChangeCapture"/>) into the feed, and the webhook outbox rows for them, as the
/// last statements of the transaction that made them (SPEC §14.2, §14.3).
///
/// Commit order. A reader follows the ids, so an id must never become visible after a higher one. On SQLite every
/// write transaction is BEGIN IMMEDIATE: writers are serialised and ids handed out inside one are in commit order.
/// On PostgreSQL an identity column alone is not: a transaction that took id 5 may commit after one that took id 6,
/// and a reader who passed 6 would never see 5. So the change rows are written under a transaction-scoped advisory
/// lock taken just before the insert, right before COMMIT, and held until the commit is visible: ids are then taken in
/// commit order. The lock covers only the insert and the commit, not the work of the transaction, so concurrent
/// writers still overlap in everything else (a 5,000-course batch holds it for one multi-row insert). The
/// alternative — a reader horizon by pg_snapshot_xmin with an xid8 per row — keeps writers free but makes every
/// reader wait behind the oldest open transaction of the whole database, and is PostgreSQL-only in the reader too.
/// </summary>
internal sealed class ChangeJournal(TimeProvider clock) : DbTransactionInterceptor
{
    /// <summary>The advisory lock that orders change ids on PostgreSQL ("RCfd").</summary>
    internal const long FeedLockKey = 0x52436664;

    private const int RowsPerInsert = 500;

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        WriteAsync(transaction, eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await WriteAsync(transaction, eventData.Context, cancellationToken);
        return result;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(eventData.Context);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Forget(DbContext? context)
    {
        if (context is ConsoleDbContext db && !db.Journal.OwnsTransaction)
        {
            db.Journal.Clear();
        }
    }

    private async Task WriteAsync(DbTransaction transaction, DbContext? context, CancellationToken ct)
    {
        if (context is not ConsoleDbContext db || db.Journal.Count == 0)
        {
            return;
        }

        var changes = await ResolveAsync(db, ct);
        db.Journal.Clear();
        if (changes.Count == 0)
        {
            return;
        }

        var at = clock.GetUtcNow().UtcDateTime;
        var postgres = !db.Database.IsSqlite();
        if (postgres)
        {
            await ExecuteAsync(transaction, "SELECT pg_advisory_xact_lock(@p0)", [FeedLockKey], ct);
        }

        var ids = new Dictionary<(int CourseId, ChangeType Type), long>();
        foreach (var chunk in changes.Chunk(RowsPerInsert))
        {
            var values = string.Join(",", chunk.Select((_, i) => $"(@p0,@p{(2 * i) + 1},@p{(2 * i) + 2})"));
            var parameters = new List<object> { at };
            parameters.AddRange(chunk.SelectMany(c => new object[] { c.Type.ToString(), c.CourseId }));
            await using var command = Command(transaction,
                $"INSERT INTO \"CourseChanges\" (\"At\",\"Type\",\"CourseId\") VALUES {values} RETURNING \"Id\",\"CourseId\",\"Type\"", parameters);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids[(reader.GetInt32(1), Enum.Parse<ChangeType>(reader.GetString(2)))] = reader.GetInt64(0);
            }
        }

        await WebhookOutbox.AddAsync(db, transaction, [.. changes.Select(c => (ids[(c.CourseId, c.Type)], c.CourseId, c.Type))], at, ct);
    }

    /// <summary>Each noted change with its course id (known only after the save), once per course and type, in noted order.</summary>
    private static async Task<List<(int CourseId, ChangeType Type)>> ResolveAsync(ConsoleDbContext db, CancellationToken ct)
    {
        var versionIds = db.Journal.Noted.Select(n => n.Source).OfType<TagReview>().Select(t => t.CourseVersionId).Distinct().ToList();
        var versions = versionIds.Count == 0 ? []
            : await db.CourseVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.CourseId, ct);
        var seen = new HashSet<(int, ChangeType)>();
        var changes = new List<(int CourseId, ChangeType Type)>();
        foreach (var (type, source) in db.Journal.Noted)
        {
            var courseId = source switch
            {
                int id => id,
                Course c => c.Id,
                EnrolledTeacher t => t.CourseId,
                Cancellation c => c.CourseId,
                Roster r => r.CourseId,
                StudyRecord s => s.CourseId,
                ReviewItem i => i.CourseId,
                TagReview t => versions.GetValueOrDefault(t.CourseVersionId),
                _ => 0,
            };
            if (courseId > 0 && seen.Add((courseId, type)))
            {
                changes.Add((courseId, type));
            }
        }

        // In the order of a course's life (the order ChangeType declares): an approval's CourseDecided before the TagJudged
        // of the tags it confirmed, whatever order the change tracker listed the entities in.
        return [.. changes.OrderBy(c => c.Type)];
    }

    internal static async Task ExecuteAsync(DbTransaction transaction, string sql, IReadOnlyList<object> parameters, CancellationToken ct)
    {
        await using var command = Command(transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(ct);
    }

    internal static DbCommand Command(DbTransaction transaction, string sql, IReadOnlyList<object> parameters)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = parameters[i];
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
