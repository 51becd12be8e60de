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
/// PostgreSQL. Its WHERE clause must select exactly the items that <see cref="DueDateRecalculator"/> updates.
/// </summary>
internal sealed class AuditInsert
{
    private readonly ConsoleDbContext _db;
    private readonly string _sql;

    public AuditInsert(ConsoleDbContext db)
    {
        _db = db;
        var sql = db.GetService<ISqlGenerationHelper>();
        var audit = db.Model.FindEntityType(typeof(AuditEntry))!;
        var item = db.Model.FindEntityType(typeof(ReviewItem))!;
        string A(string property) => Column(sql, audit, property);
        string I(string property) => Column(sql, item, property);
        _sql = $$"""
            INSERT INTO {{Table(sql, audit)}} ({{A(nameof(AuditEntry.At))}}, {{A(nameof(AuditEntry.Actor))}}, {{A(nameof(AuditEntry.Action))}},
                {{A(nameof(AuditEntry.EntityType))}}, {{A(nameof(AuditEntry.EntityId))}}, {{A(nameof(AuditEntry.Before))}},
                {{A(nameof(AuditEntry.After))}}, {{A(nameof(AuditEntry.Reason))}})
            SELECT {0}, {1}, {2}, {3}, CAST({{I(nameof(ReviewItem.Id))}} AS TEXT), {4}, {5}, {6}
            FROM {{Table(sql, item)}}
            WHERE {{I(nameof(ReviewItem.Outcome))}} IS NULL AND {{I(nameof(ReviewItem.CentreCode))}} = {7} AND {{I(nameof(ReviewItem.Kind))}} = {8}
                AND {{I(nameof(ReviewItem.SubmittedDate))}} = {9} AND {{I(nameof(ReviewItem.DueDate))}} = {10}
            """;
    }

    /// <summary>Copies <paramref name="entry"/> (its entity id left empty) for every open item of the batch.</summary>
    public Task<int> ForBatchAsync(AuditEntry entry, string centreCode, ReviewKind kind, DateOnly submittedDate, DateOnly dueDate, CancellationToken ct) =>
        _db.Database.ExecuteSqlRawAsync(_sql,
            [entry.At, entry.Actor, entry.Action, entry.EntityType, entry.Before!, entry.After!, entry.Reason!,
             centreCode, kind.ToString(), submittedDate, dueDate],
            ct);

    private static string Table(ISqlGenerationHelper sql, IEntityType entity) =>
        sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());

    private static string Column(ISqlGenerationHelper sql, IEntityType entity, string property)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
    }
}
