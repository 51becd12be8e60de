using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace RegionalConsole.Data.Seeding;

/// <summary>
/// Where the demo generator's rows go, batch by batch. Saving numbers the rows' keys, which later rows of the batch
/// refer to; rows saved earlier in the batch may still change (a course's number and status) until the batch ends.
/// </summary>
internal interface IDemoCourseStore : IAsyncDisposable
{
    Task SaveAsync(IReadOnlyCollection<object> rows, CancellationToken ct);

    Task EndBatchAsync(CancellationToken ct);
}

/// <summary>Through EF SaveChanges, one context per batch: any provider, about 250 courses/s.</summary>
internal sealed class EntityDemoCourseStore(IDbContextFactory<ConsoleDbContext> factory) : IDemoCourseStore
{
    private ConsoleDbContext? _db;

    public async Task SaveAsync(IReadOnlyCollection<object> rows, CancellationToken ct)
    {
        if (_db is null)
        {
            _db = await factory.CreateDbContextAsync(ct);
            _db.ChangeTracker.AutoDetectChangesEnabled = false;
        }

        _db.AddRange(rows);
        // Also picks up what changed in rows saved earlier in the batch (course numbers, statuses).
        _db.ChangeTracker.DetectChanges();
        await _db.SaveChangesAsync(ct);
    }

    public async Task EndBatchAsync(CancellationToken ct) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
            _db = null;
        }
    }
}

/// <summary>
/// A bulk store: keys are numbered as rows are saved, and a batch is written on a second thread (in one transaction)
/// while the next one is generated.
/// </summary>
internal abstract class PipelinedCourseStore : IDemoCourseStore
{
    private readonly Channel<List<object>> _batches = Channel.CreateBounded<List<object>>(2);
    private Task? _writing;
    private List<object> _pending = [];

    protected void StartWriting() => _writing = Task.Run(WriteBatchesAsync);

    protected abstract ValueTask AssignKeysAsync(IReadOnlyCollection<object> rows, CancellationToken ct);

    protected abstract Task WriteAsync(List<object> batch);

    protected abstract ValueTask CloseAsync();

    public async Task SaveAsync(IReadOnlyCollection<object> rows, CancellationToken ct)
    {
        await AssignKeysAsync(rows, ct);
        _pending.AddRange(rows);
    }

    public async Task EndBatchAsync(CancellationToken ct)
    {
        try
        {
            await _batches.Writer.WriteAsync(_pending, ct);
        }
        catch (ChannelClosedException)
        {
            await _writing!; // the writer failed: its exception, not the closed channel, is the news
            throw;
        }

        _pending = [];
    }

    private async Task WriteBatchesAsync()
    {
        try
        {
            await foreach (var batch in _batches.Reader.ReadAllAsync())
            {
                await WriteAsync(batch);
            }
        }
        catch (Exception e)
        {
            _batches.Writer.TryComplete(e);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _batches.Writer.TryComplete();
        try
        {
            if (_writing is not null)
            {
                await _writing;
            }
        }
        finally
        {
            await CloseAsync();
        }
    }
}

/// <summary>
/// SQLite through prepared inserts (<see cref="SqliteRowWriter"/>), one transaction per batch, on a connection of
/// its own with <c>synchronous=OFF</c> and a large page cache for the seed only: a crash mid-seed loses the seed,
/// which is rerun on an empty file anyway.
/// </summary>
internal sealed class SqliteBulkCourseStore : PipelinedCourseStore
{
    private readonly SqliteConnection _connection;
    private readonly SqliteRowWriter _writer;
    private readonly DeferredIndexes _indexes;

    private SqliteBulkCourseStore(SqliteConnection connection, SqliteRowWriter writer, DeferredIndexes indexes)
    {
        _connection = connection;
        _writer = writer;
        _indexes = indexes;
        StartWriting();
    }

    public static async Task<SqliteBulkCourseStore> OpenAsync(ConsoleDbContext db, CancellationToken ct)
    {
        // Pooling off: the pragmas die with this connection and never reach one the app reuses.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var pragmas = connection.CreateCommand();
        // threads: the sorts that build the deferred indexes may use a second core.
        pragmas.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA threads = 2;";
        await pragmas.ExecuteNonQueryAsync(ct);
        var indexes = await DeferredIndexes.DropAsync(connection, new BulkTables(db.Model).All.Select(t => t.Name), ct);
        return new SqliteBulkCourseStore(connection, new SqliteRowWriter(connection, db.Model), indexes);
    }

    protected override ValueTask AssignKeysAsync(IReadOnlyCollection<object> rows, CancellationToken ct)
    {
        foreach (var row in rows)
        {
            _writer.AssignKeys(row);
        }

        return ValueTask.CompletedTask;
    }

    protected override Task WriteAsync(List<object> batch)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var row in batch)
        {
            _writer.Insert(row, transaction);
        }

        transaction.Commit();
        return Task.CompletedTask;
    }

    protected override async ValueTask CloseAsync()
    {
        _writer.Dispose();
        await _indexes.CreateAsync(_connection, CancellationToken.None);
        await _connection.DisposeAsync();
    }
}
