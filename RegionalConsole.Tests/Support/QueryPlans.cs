using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace RegionalConsole.Tests.Support;

/// <summary>A query the app sent, kept with its parameters so that its plan can be asked for afterwards.</summary>
public sealed record CapturedQuery(string Sql, IReadOnlyList<(string Name, object? Value, NpgsqlTypes.NpgsqlDbType? PgType)> Parameters);

/// <summary>Every SELECT the app's contexts run, recorded as it is sent (the plan test's interceptor).</summary>
public sealed class QueryCapture : DbCommandInterceptor
{
    private readonly ConcurrentQueue<CapturedQuery> _queries = new();

    /// <summary>Empties the record and returns what it held.</summary>
    public IReadOnlyList<CapturedQuery> Take()
    {
        var taken = new List<CapturedQuery>();
        while (_queries.TryDequeue(out var query))
        {
            taken.Add(query);
        }

        return taken;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>Records a command sent outside EF's pipeline (a raw export's reader), which no interceptor sees.</summary>
    public void Record(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var sql = command.CommandText.TrimStart();
        if (!sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && !sql.StartsWith("WITH", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        _queries.Enqueue(new CapturedQuery(command.CommandText, [.. command.Parameters.Cast<DbParameter>()
            .Select(p => (p.ParameterName, (object?)p.Value, p is NpgsqlParameter n ? n.NpgsqlDbType : (NpgsqlTypes.NpgsqlDbType?)null))]));
    }
}

/// <summary>A large table that a plan reads in full: <see cref="Table"/> as the plan names it, <see cref="How"/> the plan's words.</summary>
public sealed record TableScan(string Table, string How);

/// <summary>
/// Asks the database how it would run a captured query and names the large tables it would read in full without an
/// index. SQLite: <c>EXPLAIN QUERY PLAN</c>, a <c>SCAN</c> of the table itself, or an automatic index SQLite builds for
/// the query from a scan (a walk along an index, <c>SCAN … USING INDEX</c>, reads rows in the order asked for and
/// passes). PostgreSQL: <c>EXPLAIN (FORMAT JSON)</c>; a sequential scan may be the planner's choice on a modest table,
/// so the query is planned again with sequential scans discouraged, and only what is still read in full counts: a
/// sequential scan, or a whole index read only to filter its rows.
/// </summary>
public static partial class QueryPlans
{
    /// <summary>Tables that grow with the courses, rosters and teachers of a country: never read whole by a page or an export.</summary>
    public static readonly IReadOnlySet<string> LargeTables = new HashSet<string>(StringComparer.Ordinal)
    {
        "Courses", "CourseVersions", "ScheduleSegments", "CheckResults", "TagReviews", "ReviewItems", "Decisions",
        "Rosters", "RosterAttendees", "RosterChecks", "StudyRecords", "Cancellations", "EnrolledTeachers", "Teachers",
        "CourseChanges", "AuditLog",
    };

    public static async Task<IReadOnlyList<TableScan>> ScansAsync(string provider, string connectionString, CapturedQuery query) =>
        provider == "Postgres" ? await PostgresScansAsync(connectionString, query) : await SqliteScansAsync(connectionString, query);

    /// <summary>PostgreSQL plans by its statistics: gathered once the data set is in.</summary>
    public static async Task AnalyzeAsync(string provider, string connectionString)
    {
        if (provider != "Postgres")
        {
            return;
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static async Task<IReadOnlyList<TableScan>> SqliteScansAsync(string connectionString, CapturedQuery query)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + query.Sql;
        foreach (var (name, value, _) in query.Parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var tables = Aliases(query.Sql);
        var scans = new List<TableScan>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var detail = reader.GetString(3);
            if ((SqliteScan().IsMatch(detail) && !detail.Contains(" USING ", StringComparison.Ordinal))
                || detail.Contains("AUTOMATIC", StringComparison.Ordinal))
            {
                var name = detail.Split(' ')[1];
                var table = tables.GetValueOrDefault(name, name);
                if (LargeTables.Contains(table))
                {
                    scans.Add(new TableScan(table, detail));
                }
            }
        }

        return scans;
    }

    private static async Task<IReadOnlyList<TableScan>> PostgresScansAsync(string connectionString, CapturedQuery query)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var first = ReadsInFull(await PostgresPlanAsync(connection, query), indexesPreferred: false);
        if (first.Count == 0)
        {
            return first;
        }

        await using var transaction = await connection.BeginTransactionAsync();
        // On a modest data set a hash or merge join over a whole small table is cheapest; what counts is whether an index
        // would let the query avoid it, so joins are discouraged with the sequential scans: an index lookup then wins.
        await using (var discourage = new NpgsqlCommand("SET LOCAL enable_seqscan = off; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off",
            connection, transaction))
        {
            await discourage.ExecuteNonQueryAsync();
        }

        return ReadsInFull(await PostgresPlanAsync(connection, query, transaction), indexesPreferred: true);
    }

    private static async Task<JsonElement> PostgresPlanAsync(NpgsqlConnection connection, CapturedQuery query, NpgsqlTransaction? transaction = null)
    {
        await using var command = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + query.Sql, connection, transaction);
        foreach (var (name, value, type) in query.Parameters)
        {
            var parameter = new NpgsqlParameter(name, value ?? DBNull.Value);
            if (type is { } t && t != NpgsqlTypes.NpgsqlDbType.Unknown)
            {
                parameter.NpgsqlDbType = t;
            }

            command.Parameters.Add(parameter);
        }

        var json = (string)(await command.ExecuteScalarAsync())!;
        return JsonDocument.Parse(json).RootElement[0].GetProperty("Plan").Clone();
    }

    private static List<TableScan> ReadsInFull(JsonElement node, bool indexesPreferred)
    {
        var scans = new List<TableScan>();
        var type = node.GetProperty("Node Type").GetString()!;
        if (node.TryGetProperty("Relation Name", out var relation) && LargeTables.Contains(relation.GetString()!))
        {
            // A whole index read to filter its rows is a scan too; read in its order for a page, it is not.
            var wholeIndex = type is "Index Scan" or "Index Only Scan" && !node.TryGetProperty("Index Cond", out _)
                && node.TryGetProperty("Filter", out _);
            if (type == "Seq Scan" || (indexesPreferred && wholeIndex))
            {
                scans.Add(new TableScan(relation.GetString()!, node.TryGetProperty("Index Name", out var index) ? $"{type} using {index.GetString()}" : type));
            }
        }

        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                scans.AddRange(ReadsInFull(child, indexesPreferred));
            }
        }

        return scans;
    }

    /// <summary>EF's <c>"Table" AS "alias"</c> pairs of a statement: SQLite's plan names a table by its alias.</summary>
    private static Dictionary<string, string> Aliases(string sql)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in SqlAlias().Matches(sql))
        {
            aliases[match.Groups[2].Value] = match.Groups[1].Value;
        }

        return aliases;
    }

    [GeneratedRegex("^SCAN ")]
    private static partial Regex SqliteScan();

    [GeneratedRegex("\"(\\w+)\" AS \"(\\w+)\"")]
    private static partial Regex SqlAlias();
}
