using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace RegionalConsole.Data;

/// <summary>
/// Writes entity graphs into PostgreSQL by binary COPY, one COPY per table of the EF model (<see cref="BulkTables"/>):
/// the same tables, columns and value conversions SaveChanges uses, without a statement per row. Keys are taken from
/// the tables' identity sequences before the rows are written (nextval, in one round trip per set of graphs), so rows
/// can refer to each other first, concurrent writers never share a key, and the sequences are right afterwards.
/// Holds no state between calls: one thread may take keys on one connection while another copies earlier rows on a
/// second.
/// </summary>
internal sealed class PostgresRowCopier
{
    private readonly BulkTables _tables;
    private readonly Dictionary<BulkTable, string> _sequences;
    private readonly BulkTable[] _order;

    private PostgresRowCopier(BulkTables tables, Dictionary<BulkTable, string> sequences)
    {
        _tables = tables;
        _sequences = sequences;
        _order = PrincipalsFirst(tables.All);
    }

    /// <summary>Reads the identity sequence of every table with a generated key (<paramref name="tables"/>: only those).</summary>
    public static async Task<PostgresRowCopier> CreateAsync(NpgsqlConnection connection, IModel model, IReadOnlySet<Type>? tables, CancellationToken ct)
    {
        var bulk = new BulkTables(model, tables);
        var generated = bulk.All.Where(t => t.GeneratedKey is not null).ToList();
        var sequences = new Dictionary<BulkTable, string>();
        await using var batch = new NpgsqlBatch(connection);
        foreach (var table in generated)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_get_serial_sequence($1, $2)")
            {
                Parameters = { new() { Value = $"\"{table.Name}\"" }, new() { Value = table.GeneratedKey!.Name } },
            });
        }

        if (generated.Count > 0)
        {
            await using var reader = await batch.ExecuteReaderAsync(ct);
            foreach (var table in generated)
            {
                await reader.ReadAsync(ct);
                sequences[table] = reader.GetString(0);
                await reader.NextResultAsync(ct);
            }
        }

        return new PostgresRowCopier(bulk, sequences);
    }

    /// <summary>Numbers the unset generated keys of the graphs from their sequences and points children at their parents.</summary>
    public async Task AssignKeysAsync(NpgsqlConnection connection, IEnumerable<object> graphs, CancellationToken ct)
    {
        var graphList = graphs as IReadOnlyCollection<object> ?? [.. graphs];
        var needed = graphList.SelectMany(_tables.Rows)
            .Where(r => r.Table.GeneratedKey is { } key && Convert.ToInt64(key.Get(r.Row), System.Globalization.CultureInfo.InvariantCulture) == 0)
            .GroupBy(r => r.Table).Select(g => (Table: g.Key, Count: g.Count())).ToList();
        if (needed.Count == 0)
        {
            return;
        }

        var keys = new Dictionary<BulkTable, Queue<long>>();
        await using (var batch = new NpgsqlBatch(connection))
        {
            foreach (var (table, count) in needed)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT nextval($1::regclass) FROM generate_series(1, $2)")
                {
                    Parameters = { new() { Value = _sequences[table] }, new() { Value = count } },
                });
            }

            await using var reader = await batch.ExecuteReaderAsync(ct);
            foreach (var (table, count) in needed)
            {
                var queue = keys[table] = new Queue<long>(count);
                while (await reader.ReadAsync(ct))
                {
                    queue.Enqueue(reader.GetInt64(0));
                }

                await reader.NextResultAsync(ct);
            }
        }

        foreach (var graph in graphList)
        {
            _tables.AssignKeys(graph, table => keys[table].Dequeue());
        }
    }

    /// <summary>Copies the graphs' rows, table by table with principals first, on the caller's connection (and transaction).</summary>
    public async Task CopyAsync(NpgsqlConnection connection, IEnumerable<object> graphs, CancellationToken ct)
    {
        var rows = _order.ToDictionary(t => t, _ => new List<object>());
        foreach (var (table, row) in graphs.SelectMany(_tables.Rows))
        {
            rows[table].Add(row);
        }

        foreach (var table in _order.Where(t => rows[t].Count > 0))
        {
            var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
            await using var import = await connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in rows[table])
            {
                await import.StartRowAsync(ct);
                foreach (var column in table.Columns)
                {
                    if (column.ProviderValue(row) is { } value)
                    {
                        // The column's own type: a varchar takes text, a text[] a list, as SaveChanges would send them.
                        await import.WriteAsync(value, column.TypeMapping.StoreTypeNameBase, ct);
                    }
                    else
                    {
                        await import.WriteNullAsync(ct);
                    }
                }
            }

            await import.CompleteAsync(ct);
        }
    }

    // A row's foreign keys must find their principals when its COPY ends.
    private static BulkTable[] PrincipalsFirst(IEnumerable<BulkTable> tables)
    {
        var remaining = tables.ToList();
        var ordered = new List<BulkTable>();
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(t => !t.Principals.Any(p => remaining.Any(r => r.ClrType == p))).ToList();
            if (ready.Count == 0)
            {
                throw new NotSupportedException($"The bulk copy cannot order tables that refer to each other: {string.Join(", ", remaining.Select(t => t.Name))}.");
            }

            ordered.AddRange(ready);
            remaining.RemoveAll(ready.Contains);
        }

        return [.. ordered];
    }
}
