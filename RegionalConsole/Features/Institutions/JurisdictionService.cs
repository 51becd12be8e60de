using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Administration;
using RegionalConsole.Features.Queues;

namespace RegionalConsole.Features.Institutions;

/// <summary>One type's row of the jurisdiction table, or a type without a row (<see cref="HasRow"/> false: unrouted).</summary>
/// <param name="CentreCode">A fixed centre, or null: the centre of the organiser's county.</param>
public sealed record JurisdictionTableRow(InstitutionType Type, bool HasRow, string? CentreCode, string? Source, int Institutions);

/// <summary>An administrator's edit of one row: set it (to a fixed centre, or null for the county's centre), or remove it.</summary>
public sealed record JurisdictionEdit(InstitutionType Type, bool Remove, string? CentreCode, string? Source);

public sealed record UnroutedInstitution(string Code, string Name, InstitutionType Type, string CountyCode);

/// <summary>
/// The jurisdiction table of 管理規定第11條 (SPEC §2), edited by administrators. A change is previewed first (how many
/// open items move, from where to where) and applied in one transaction that re-routes the type's organisers and
/// their open items, audited, then tells the queues.
/// </summary>
public sealed class JurisdictionService(IDbContextFactory<ConsoleDbContext> contexts, OpenItemMover mover, IQueueNotifier notifier, TimeProvider clock)
{
    public async Task<List<JurisdictionTableRow>> TableAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rules = await db.JurisdictionRules.AsNoTracking().ToDictionaryAsync(r => r.InstitutionType, ct);
        var counts = await db.Institutions.AsNoTracking().GroupBy(i => i.Type).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. Enum.GetValues<InstitutionType>().Select(t => rules.TryGetValue(t, out var r)
            ? new JurisdictionTableRow(t, true, r.CentreCode, r.Source, counts.GetValueOrDefault(t))
            : new JurisdictionTableRow(t, false, null, null, counts.GetValueOrDefault(t)))];
    }

    /// <summary>Institutions whose type has no row (SPEC §2: administrators see them; they go to no centre).</summary>
    public async Task<(List<UnroutedInstitution> Rows, int Total)> UnroutedAsync(int limit = 100, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var routed = db.JurisdictionRules.Select(r => r.InstitutionType);
        var unrouted = db.Institutions.AsNoTracking().Where(i => !routed.Contains(i.Type));
        var total = await unrouted.CountAsync(ct);
        var rows = await unrouted.OrderBy(i => i.Code).Take(limit)
            .Select(i => new UnroutedInstitution(i.Code, i.Name, i.Type, i.CountyCode)).ToListAsync(ct);
        return (rows, total);
    }

    public async Task<(ReroutePlan? Plan, string? Error)> PreviewAsync(JurisdictionEdit edit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await InvalidAsync(db, edit, ct) is { } error)
        {
            return (null, error);
        }

        return (await OpenItemMover.PlanAsync(db, await TargetAsync(db, edit, ct), ct), null);
    }

    /// <summary>Saves the edit and re-routes in one transaction; answers what moved.</summary>
    public async Task<(ReroutePlan? Plan, string? Error)> ApplyAsync(ConsoleUser user, JurisdictionEdit edit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(edit);
        if (user.Role != ConsoleRole.Administrator)
        {
            return (null, "只有系統管理者可以編修管轄表。");
        }

        var touched = new List<(string, ReviewKind)>();
        var answer = await contexts.InTransactionAsync<(ReroutePlan?, string?)>(async (db, token) =>
        {
            touched.Clear();
            if (await InvalidAsync(db, edit, token) is { } error)
            {
                return (null, error);
            }

            var row = await db.JurisdictionRules.SingleOrDefaultAsync(r => r.InstitutionType == edit.Type, token);
            var before = row is null ? null : new { row.InstitutionType, row.CentreCode, row.Source };
            if (edit.Remove)
            {
                if (row is not null)
                {
                    db.JurisdictionRules.Remove(row);
                }
            }
            else
            {
                row ??= db.JurisdictionRules.Add(new JurisdictionRule { InstitutionType = edit.Type, Source = "" }).Entity;
                row.CentreCode = Blank(edit.CentreCode);
                row.Source = edit.Source!.Trim();
            }

            await db.SaveChangesAsync(token);
            var target = await TargetAsync(db, edit, token);
            var plan = await OpenItemMover.PlanAsync(db, target, token);
            var reason = $"管轄表變更：{edit.Type}";
            db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, edit.Remove ? "JurisdictionRuleRemoved" : "JurisdictionRuleChanged",
                nameof(JurisdictionRule), edit.Type.ToString(), before,
                edit.Remove ? null : new { InstitutionType = edit.Type, CentreCode = Blank(edit.CentreCode), Source = edit.Source!.Trim() },
                reason: $"{plan.Institutions} 個機關改變審查中心；{plan.ItemsMoving} 件待審案件移轉"));
            touched.AddRange(await mover.ApplyAsync(db, target, user.UserName, reason, token));
            return (plan, null);
        }, ct);
        OpenItemMover.Publish(notifier, touched);
        return answer;
    }

    /// <summary>The organisers of the edited type, each county routed by the table as it will be.</summary>
    private static async Task<OpenItemMover.Target> TargetAsync(ConsoleDbContext db, JurisdictionEdit edit, CancellationToken ct)
    {
        var table = await db.JurisdictionRules.AsNoTracking()
            .Select(r => new JurisdictionRow(r.InstitutionType, r.CentreCode, r.Source)).ToListAsync(ct);
        var edited = edit.Remove
            ? Rerouting.WithoutRow(table, edit.Type)
            : Rerouting.WithRow(table, new JurisdictionRow(edit.Type, Blank(edit.CentreCode), edit.Source ?? ""));
        return new OpenItemMover.Target(db.Institutions.Where(i => i.Type == edit.Type), county => JurisdictionRow.Route(edited, edit.Type, county));
    }

    private static async Task<string?> InvalidAsync(ConsoleDbContext db, JurisdictionEdit edit, CancellationToken ct)
    {
        if (edit.Remove)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(edit.Source) || edit.Source.Trim().Length > 60)
        {
            return "請填寫依據（如「管理規定第11條第1款」，60 字以內）。";
        }

        return Blank(edit.CentreCode) is { } centre && !await db.Centres.AnyAsync(c => c.Code == centre, ct)
            ? $"查無區域管理中心「{centre}」。"
            : null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
