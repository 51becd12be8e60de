using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Schedule;
using RegionalConsole.Features.Courses;

namespace RegionalConsole.Features.Terms;

public sealed record TermRow(int Id, string Kind, ExcludedCategory? Category, string Term);

/// <summary>The result of an edit: done, or refused with a message saying why.</summary>
public sealed record TermEditResult(bool Done, string? Error)
{
    public static TermEditResult Ok { get; } = new(true, null);

    public static TermEditResult Refused(string error) => new(false, error);
}

/// <summary>Administrators edit the term lists of 第10條第4款 (SPEC §5.3); checks use them from the next course on.</summary>
public sealed class TermAdminService(IDbContextFactory<ConsoleDbContext> contexts, ISharedStateNotifier sharedState, TimeProvider clock)
{
    public async Task<List<TermRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.ScheduleTerms.AsNoTracking().OrderBy(t => t.Kind).ThenBy(t => t.Category).ThenBy(t => t.Id).ToListAsync(ct);
        return [.. rows.Select(r => new TermRow(r.Id, r.Kind, r.Category is null ? null : Enum.Parse<ExcludedCategory>(r.Category), r.Term))];
    }

    public async Task<TermEditResult> AddAsync(ConsoleUser user, string kind, ExcludedCategory? category, string term, CancellationToken ct = default)
    {
        if (user.Role != ConsoleRole.Administrator)
        {
            return TermEditResult.Refused("只有系統管理者可以編修詞彙表。");
        }

        term = term.Trim();
        if (term.Length is 0 or > 30)
        {
            return TermEditResult.Refused("詞彙須為 1 至 30 字。");
        }

        if (kind is not (ScheduleTerm.Excluded or ScheduleTerm.Teaching or ScheduleTerm.UnderDiscussion)
            || (kind == ScheduleTerm.Excluded) != category.HasValue)
        {
            return TermEditResult.Refused("非採計時間的詞彙須指定類別；授課及研議中詞彙不指定類別。");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = new ScheduleTerm { Kind = kind, Category = category?.ToString(), Term = term };
        var all = await db.ScheduleTerms.AsNoTracking().ToListAsync(ct);
        if (Validate([.. all, row]) is { } error)
        {
            return TermEditResult.Refused(error);
        }

        db.ScheduleTerms.Add(row);
        db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, "TermAdded", nameof(ScheduleTerm), term,
            after: new { kind, Category = category?.ToString(), term }));
        await db.SaveChangesAsync(ct);
        sharedState.Changed(SharedState.Terms);
        return TermEditResult.Ok;
    }

    public async Task<TermEditResult> RemoveAsync(ConsoleUser user, int id, CancellationToken ct = default)
    {
        if (user.Role != ConsoleRole.Administrator)
        {
            return TermEditResult.Refused("只有系統管理者可以編修詞彙表。");
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.ScheduleTerms.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (row is null)
        {
            return TermEditResult.Refused("此詞彙已被刪除。");
        }

        db.ScheduleTerms.Remove(row);
        db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, "TermRemoved", nameof(ScheduleTerm), row.Term,
            before: new { row.Kind, row.Category, row.Term }));
        await db.SaveChangesAsync(ct);
        sharedState.Changed(SharedState.Terms);
        return TermEditResult.Ok;
    }

    // The domain refuses a term in two lists (which list would win is arbitrary); say so before storing.
    private static string? Validate(IReadOnlyList<ScheduleTerm> rows)
    {
        try
        {
            _ = new ScheduleTerms(
                rows.Where(r => r.Kind == ScheduleTerm.Excluded).GroupBy(r => Enum.Parse<ExcludedCategory>(r.Category!))
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Term)]),
                [.. rows.Where(r => r.Kind == ScheduleTerm.Teaching).Select(r => r.Term)],
                [.. rows.Where(r => r.Kind == ScheduleTerm.UnderDiscussion).Select(r => r.Term)]);
            return null;
        }
        catch (ArgumentException)
        {
            return $"「{rows[^1].Term}」與既有詞彙重複（含僅全形、大小寫或空白不同者），同一詞彙只能屬於一個清單。";
        }
    }
}
