using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace RegionalConsole.Data.Seeding;

/// <summary>
/// PostgreSQL by binary COPY (<see cref="PostgresRowCopier"/>), one transaction per batch. Keys come from the tables'
/// sequences on one connection while the previous batch is copied on another; <c>synchronous_commit</c> is off for
/// the copying transactions only (a crash mid-seed loses the last batches of a seed that is rerun on an empty database).
/// Like the SQLite store, it writes rows only: no change-feed rows for the demo's history (SPEC §14.2 starts the feed
/// with the first real change).
/// </summary>
internal sealed class PostgresBulkCourseStore : PipelinedCourseStore
{
    private readonly NpgsqlConnection _keys;
    private readonly NpgsqlConnection _copy;
    private readonly PostgresRowCopier _copier;
    private readonly DeferredIndexes _indexes;
    private readonly string _connectionString;

    private PostgresBulkCourseStore(string connectionString, NpgsqlConnection keys, NpgsqlConnection copy, PostgresRowCopier copier, DeferredIndexes indexes)
    {
        _connectionString = connectionString;
        _keys = keys;
        _copy = copy;
        _copier = copier;
        _indexes = indexes;
        StartWriting();
    }

    public static async Task<PostgresBulkCourseStore> OpenAsync(ConsoleDbContext db, CancellationToken ct)
    {
        var connectionString = db.Database.GetConnectionString();
        var keys = new NpgsqlConnection(connectionString);
        var copy = new NpgsqlConnection(connectionString);
        await keys.OpenAsync(ct);
        await copy.OpenAsync(ct);
        var indexes = await DeferredIndexes.DropAsync(keys, new BulkTables(db.Model).All.Select(t => t.Name), ct);
        return new PostgresBulkCourseStore(connectionString!, keys, copy, await PostgresRowCopier.CreateAsync(keys, db.Model, tables: null, ct), indexes);
    }

    protected override async ValueTask AssignKeysAsync(IReadOnlyCollection<object> rows, CancellationToken ct) =>
        await _copier.AssignKeysAsync(_keys, rows, ct);

    protected override async Task WriteAsync(List<object> batch)
    {
        await using var transaction = await _copy.BeginTransactionAsync();
        await using (var setting = new NpgsqlCommand("SET LOCAL synchronous_commit = off", _copy, transaction))
        {
            await setting.ExecuteNonQueryAsync();
        }

        await _copier.CopyAsync(_copy, batch, CancellationToken.None);
        await transaction.CommitAsync();
    }

    protected override async ValueTask CloseAsync()
    {
        await _copy.DisposeAsync();
        await _keys.DisposeAsync();
        // Two builds side by side: each is one sort of one table, and the server has the cores the copy no longer uses.
        await _indexes.CreateAsync(async ct =>
        {
            var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync(ct);
            return connection;
        }, connections: 2, CancellationToken.None);
        // What autovacuum would do minutes later, done now (a few seconds at a million courses): the planner's statistics,
        // without which PostgreSQL plans a million rows as a table of unknown size (a course-number search took 73 ms
        // instead of 4), and the visibility map, without which an index-only scan reads the table after all (the
        // statistics workbook's case file 864 → 533 ms).
        await using var vacuum = new NpgsqlConnection(_connectionString);
        await vacuum.OpenAsync();
        await using var command = new NpgsqlCommand("VACUUM (ANALYZE)", vacuum) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
