using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;

namespace RegionalConsole.Features.Calendar;

/// <summary>
/// Writes one audit entry per open review item of a batch in a single INSERT … SELECT, instead of loading
/// and tracking thousands of entities. EF has no set-based insert, so the statement is built here, with
/// table and column names from the model and quoted by the provider: it runs unchanged on SQLite and
/// PostgreSQL. Its WHERE clause must select exactly the items that <see cref="DueDateRecalculator"/> updates:
/// open, of the batch's centres and kinds, submitted on its date and due on its old due date.
/// </summary>
internal sealed class AuditInsert
{
    private readonly ConsoleDbContext _db;
    private readonly string _insert;
    private readonly string _centre;
    private readonly string _kind;

    public AuditInsert(ConsoleDbContext db)
    {
        _db = db;
        var sql = db.GetService<ISqlGenerationHelper>();
        var audit = db.Model.FindEntityType(typeof(AuditEntry))!;
        var item = db.Model.FindEntityType(typeof(ReviewItem))!;
        string A(string property) => Column(sql, audit, property);
        string I(string property) => Column(sql, item, property);
        _insert = $$"""
            INSERT INTO {{Table(sql, audit)}} ({{A(nameof(AuditEntry.At))}}, {{A(nameof(AuditEntry.Actor))}}, {{A(nameof(AuditEntry.Action))}},
                {{A(nameof(AuditEntry.EntityType))}}, {{A(nameof(AuditEntry.EntityId))}}, {{A(nameof(AuditEntry.Before))}},
                {{A(nameof(AuditEntry.After))}}, {{A(nameof(AuditEntry.Reason))}})
            SELECT {0}, {1}, {2}, {3}, CAST({{I(nameof(ReviewItem.Id))}} AS TEXT), {4}, {5}, {6}
            FROM {{Table(sql, item)}}
            WHERE {{I(nameof(ReviewItem.Outcome))}} IS NULL AND {{I(nameof(ReviewItem.SubmittedDate))}} = {7} AND {{I(nameof(ReviewItem.DueDate))}} = {8}
            """;
        _centre = I(nameof(ReviewItem.CentreCode));
        _kind = I(nameof(ReviewItem.Kind));
    }

    /// <summary>Copies <paramref name="entry"/> (its entity id left empty) for every open item of the batch.</summary>
    public Task<int> ForBatchAsync(AuditEntry entry, IReadOnlyList<string> centreCodes, IReadOnlyList<ReviewKind> kinds,
        DateOnly submittedDate, DateOnly dueDate, CancellationToken ct)
    {
        List<object> values = [entry.At, entry.Actor, entry.Action, entry.EntityType, entry.Before!, entry.After!, entry.Reason!, submittedDate, dueDate];
        var sql = new StringBuilder(_insert)
            .Append(" AND ").Append(_centre).Append(" IN (").Append(Placeholders(values, centreCodes)).Append(')')
            .Append(" AND ").Append(_kind).Append(" IN (").Append(Placeholders(values, kinds.Select(k => k.ToString()))).Append(')');
        return _db.Database.ExecuteSqlRawAsync(sql.ToString(), values, ct);
    }

    /// <summary>{9}, {10}, … for the values appended to <paramref name="values"/>.</summary>
    private static string Placeholders(List<object> values, IEnumerable<string> added)
    {
        var first = values.Count;
        values.AddRange(added);
        return string.Join(", ", Enumerable.Range(first, values.Count - first).Select(i => $"{{{i}}}"));
    }

    private static string Table(ISqlGenerationHelper sql, IEntityType entity) =>
        sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());

    private static string Column(ISqlGenerationHelper sql, IEntityType entity, string property)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
    }
}
