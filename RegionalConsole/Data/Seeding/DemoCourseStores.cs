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
/// SQLite through prepared inserts (<see cref="SqliteRowWriter"/>), one transaction per batch, on a connection of
/// its own with <c>synchronous=OFF</c> and a large page cache for the seed only: a crash mid-seed loses the seed,
/// which is rerun on an empty file anyway. A batch is written on a second thread while the next one is generated.
/// </summary>
internal sealed class SqliteBulkCourseStore : IDemoCourseStore
{
    private readonly SqliteConnection _connection;
    private readonly SqliteRowWriter _writer;
    private readonly Channel<List<object>> _batches = Channel.CreateBounded<List<object>>(2);
    private readonly Task _writing;
    private List<object> _pending = [];

    private SqliteBulkCourseStore(SqliteConnection connection, SqliteRowWriter writer)
    {
        _connection = connection;
        _writer = writer;
        _writing = Task.Run(WriteBatchesAsync);
    }

    public static async Task<SqliteBulkCourseStore> OpenAsync(ConsoleDbContext db, CancellationToken ct)
    {
        // Pooling off: the pragmas die with this connection and never reach one the app reuses.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;";
        await pragmas.ExecuteNonQueryAsync(ct);
        return new SqliteBulkCourseStore(connection, new SqliteRowWriter(connection, db.Model));
    }

    public Task SaveAsync(IReadOnlyCollection<object> rows, CancellationToken ct)
    {
        foreach (var row in rows)
        {
            _writer.AssignKeys(row);
        }

        _pending.AddRange(rows);
        return Task.CompletedTask;
    }

    public async Task EndBatchAsync(CancellationToken ct)
    {
        try
        {
            await _batches.Writer.WriteAsync(_pending, ct);
        }
        catch (ChannelClosedException)
        {
            await _writing; // the writer failed: its exception, not the closed channel, is the news
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
                using var transaction = _connection.BeginTransaction();
                foreach (var row in batch)
                {
                    _writer.Insert(row, transaction);
                }

                transaction.Commit();
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
            await _writing;
        }
        finally
        {
            _writer.Dispose();
            await _connection.DisposeAsync();
        }
    }
}
