using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace RegionalConsole.Data.Seeding;

/// <summary>
/// The secondary indexes of the tables a bulk seed fills from empty, dropped before the load and built again, with the
/// same definitions, once the rows are in. Kept up row by row, every index costs a random B-tree insert per row — the
/// review items alone have ten — and at a million courses that index upkeep, not the rows, was most of the seed; built
/// afterwards, each index is one sort of its table. Only tables that are empty when the seed begins: an index the
/// database already relies on is never dropped. A seed killed in between leaves a file without them, like the rest of a
/// half-written seed (the seed verb refuses a database that holds data: it is rerun on an empty one). On PostgreSQL the
/// foreign keys of those tables go too — checked row by row they cost a lookup per row on the server — and are added
/// back afterwards, when PostgreSQL validates each in one join.
/// </summary>
internal sealed class DeferredIndexes
{
    private readonly List<(string Name, string Definition)> _indexes;
    private readonly List<(string Table, string Name, string Definition)> _foreignKeys;

    private DeferredIndexes(List<(string Name, string Definition)> indexes, List<(string Table, string Name, string Definition)>? foreignKeys = null)
    {
        _indexes = indexes;
        _foreignKeys = foreignKeys ?? [];
    }

    /// <summary>Drops the secondary indexes of those of <paramref name="tables"/> that hold no row yet (SQLite).</summary>
    public static async Task<DeferredIndexes> DropAsync(SqliteConnection connection, IEnumerable<string> tables, CancellationToken ct)
    {
        var indexes = new List<(string, string)>();
        foreach (var table in await EmptyAsync(connection, tables, ct))
        {
            // sql is NULL for the indexes behind PRIMARY KEY and UNIQUE constraints: those stay.
            indexes.AddRange(await ReadAsync(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = $1 ORDER BY name",
                table, ct));
        }

        var deferred = new DeferredIndexes(indexes);
        await deferred.ExecuteAsync(connection, indexes.Select(i => $"DROP INDEX \"{i.Item1}\""), ct);
        return deferred;
    }

    /// <summary>Drops the secondary indexes of those of <paramref name="tables"/> that hold no row yet (PostgreSQL).</summary>
    public static async Task<DeferredIndexes> DropAsync(NpgsqlConnection connection, IEnumerable<string> tables, CancellationToken ct)
    {
        var indexes = new List<(string, string)>();
        var foreignKeys = new List<(string, string, string)>();
        foreach (var table in await EmptyAsync(connection, tables, ct))
        {
            foreignKeys.AddRange((await ReadAsync(connection, """
                SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE contype = 'f' AND conrelid = quote_ident($1)::regclass ORDER BY conname
                """, table, ct)).Select(f => (table, f.Item1, f.Item2)));
            // Indexes that back a constraint (primary keys) stay: they are the constraint. Partial indexes stay too: built
            // again from PostgreSQL's own text, their predicate reads differently, and the planner matches predicates by form.
            indexes.AddRange(await ReadAsync(connection, """
                SELECT i.indexname, i.indexdef FROM pg_indexes i
                WHERE i.schemaname = current_schema() AND i.tablename = $1
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = current_schema()::regnamespace)
                  AND i.indexdef NOT LIKE '% WHERE %'
                ORDER BY i.indexname
                """, table, ct));
        }

        var deferred = new DeferredIndexes(indexes, foreignKeys);
        await deferred.ExecuteAsync(connection, foreignKeys.Select(f => $"ALTER TABLE \"{f.Item1}\" DROP CONSTRAINT \"{f.Item2}\""), ct);
        await deferred.ExecuteAsync(connection, indexes.Select(i => $"DROP INDEX \"{i.Item1}\""), ct);
        return deferred;
    }

    /// <summary>Builds the dropped indexes again from their own definitions.</summary>
    public Task CreateAsync(DbConnection connection, CancellationToken ct) => ExecuteAsync(connection, _indexes.Select(i => i.Definition), ct);

    /// <summary>
    /// Builds the dropped indexes again, spread over <paramref name="connections"/> connections side by side, then adds the
    /// foreign keys back one after another (each locks its table and the one it refers to; PostgreSQL).
    /// </summary>
    public async Task CreateAsync(Func<CancellationToken, Task<DbConnection>> open, int connections, CancellationToken ct)
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<string>(_indexes.Select(i => i.Definition));
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            await using var connection = await open(ct);
            while (queue.TryDequeue(out var definition))
            {
                await ExecuteAsync(connection, [definition], ct);
            }
        }));
        await using var last = await open(ct);
        await ExecuteAsync(last, _foreignKeys.Select(f => $"ALTER TABLE \"{f.Table}\" ADD CONSTRAINT \"{f.Name}\" {f.Definition}"), ct);
    }

    private async Task ExecuteAsync(DbConnection connection, IEnumerable<string> statements, CancellationToken ct)
    {
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<List<string>> EmptyAsync(DbConnection connection, IEnumerable<string> tables, CancellationToken ct)
    {
        var empty = new List<string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT EXISTS (SELECT 1 FROM \"{table}\")";
            if (!Convert.ToBoolean(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture))
            {
                empty.Add(table);
            }
        }

        return empty;
    }

    private static async Task<List<(string, string)>> ReadAsync(DbConnection connection, string sql, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = connection is SqliteConnection ? "$1" : "";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        var rows = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }
}
