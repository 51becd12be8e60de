using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RegionalConsole.Data;

/// <summary>
/// Inserts entity graphs into SQLite with one prepared command per table of the EF model (<see cref="BulkTables"/>),
/// without change tracking or a round trip per key. Keys are numbered here, as SQLite's AUTOINCREMENT would number
/// them, so that rows can refer to each other before they are written. Everything that touches the connection happens
/// on construction or in <see cref="Insert"/>, so one thread may number keys while another inserts earlier rows.
/// Outside the seed (batch course intake) it is built inside the caller's transaction — SQLite's BEGIN IMMEDIATE, so
/// no other writer can take the keys it numbers — for the tables that caller writes only.
/// </summary>
internal sealed class SqliteRowWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction? _transaction;
    private readonly BulkTables _tables;
    private readonly Dictionary<BulkTable, (SqliteCommand Command, SqliteParameter[] Parameters)> _inserts = [];
    private readonly Dictionary<BulkTable, long> _lastKeys = [];

    public SqliteRowWriter(SqliteConnection connection, IModel model, SqliteTransaction? transaction = null, IReadOnlySet<Type>? tables = null)
    {
        _connection = connection;
        _transaction = transaction;
        _tables = new BulkTables(model, tables);
        foreach (var table in _tables.All)
        {
            _inserts[table] = Prepare(table);
            if (table.GeneratedKey is not null)
            {
                _lastKeys[table] = LastKey(table);
            }
        }
    }

    /// <summary>Numbers the generated keys of the graph that are still unset and points children at their parents.</summary>
    public void AssignKeys(object entity) => _tables.AssignKeys(entity, table => _lastKeys[table] = _lastKeys[table] + 1);

    /// <summary>Writes the graph: the entity's row, then its children's (inside the caller's transaction).</summary>
    public void Insert(object entity, SqliteTransaction transaction)
    {
        foreach (var (table, row) in _tables.Rows(entity))
        {
            var (command, parameters) = _inserts[table];
            command.Transaction = transaction;
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].ProviderValue(row) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        foreach (var (command, _) in _inserts.Values)
        {
            command.Dispose();
        }
    }

    // AUTOINCREMENT continues after the larger of the highest key ever used and the highest key present.
    private long LastKey(BulkTable table)
    {
        using var query = _connection.CreateCommand();
        query.Transaction = _transaction;
        query.CommandText = $"""
            SELECT MAX(IFNULL((SELECT seq FROM sqlite_sequence WHERE name = $name), 0),
                       IFNULL((SELECT MAX("{table.Key.Name}") FROM "{table.Name}"), 0))
            """;
        query.Parameters.AddWithValue("$name", table.Name);
        return Convert.ToInt64(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private (SqliteCommand, SqliteParameter[]) Prepare(BulkTable table)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        var parameters = table.Columns
            .Select((c, i) => (SqliteParameter)c.TypeMapping.CreateParameter(command, "$p" + i, null, c.Property.IsNullable))
            .ToArray();
        command.Parameters.AddRange(parameters);
        command.CommandText = $"""
            INSERT INTO "{table.Name}" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))})
            VALUES ({string.Join(", ", parameters.Select(p => p.ParameterName))})
            """;
        command.Prepare();
        return (command, parameters);
    }
}
