using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Features.Queues;

namespace RegionalConsole.Features.Institutions;

public sealed record CentreRow(string Code, string Name, string? CountyCode, string SupervisorScope, string? ContactEmail);

public sealed record InstitutionRow(string Code, string Name, InstitutionType Type, string CountyCode, string? CentreCode, string? CentreName, string? ContactEmail);

/// <summary>A page of the institution search; null filters match everything.</summary>
public sealed record InstitutionQuery(string? Search, string? CountyCode, InstitutionType? Type, int Page, int PageSize);

public sealed class InstitutionForm
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public InstitutionType Type { get; set; }
    public string CountyCode { get; set; } = "";
    public string? ContactEmail { get; set; }

    public static InstitutionForm From(InstitutionRow row) => new()
    {
        Code = row.Code,
        Name = row.Name,
        Type = row.Type,
        CountyCode = row.CountyCode,
        ContactEmail = row.ContactEmail,
    };
}

/// <summary>
/// 機關資料 (SPEC §2, §10): centres and the organisers the daily sync brings, as administrators correct them. An
/// organiser whose type or county changes routes again by the jurisdiction table, its open items with it.
/// </summary>
public sealed class InstitutionAdminService(IDbContextFactory<ConsoleDbContext> contexts, OpenItemMover mover, IQueueNotifier notifier, TimeProvider clock)
{
    public async Task<List<CentreRow>> CentresAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Centres.AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new CentreRow(c.Code, c.Name, c.CountyCode, c.SupervisorScope, c.ContactEmail)).ToListAsync(ct);
    }

    public async Task<AdminEditResult> SaveCentreAsync(ConsoleUser user, string code, string name, string? contactEmail, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role != ConsoleRole.Administrator)
        {
            return AdminEditResult.Refused("只有系統管理者可以編修機關資料。");
        }

        if (Check(name, contactEmail) is { } error)
        {
            return AdminEditResult.Refused(error);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var centre = await db.Centres.SingleOrDefaultAsync(c => c.Code == code, ct);
        if (centre is null)
        {
            return AdminEditResult.Refused($"查無區域管理中心「{code}」。");
        }

        var before = new { centre.Name, centre.ContactEmail };
        centre.Name = name.Trim();
        centre.ContactEmail = Blank(contactEmail);
        db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, "CentreUpdated", nameof(Centre), code,
            before, new { centre.Name, centre.ContactEmail }));
        await db.SaveChangesAsync(ct);
        return AdminEditResult.Ok;
    }

    /// <summary>A page of organisers, filtered and counted in SQL (the network has tens of thousands).</summary>
    public async Task<(List<InstitutionRow> Rows, int Total)> SearchAsync(InstitutionQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var institutions = db.Institutions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            institutions = institutions.Where(i => i.Code.StartsWith(term) || i.Name.Contains(term));
        }

        if (!string.IsNullOrEmpty(query.CountyCode))
        {
            institutions = institutions.Where(i => i.CountyCode == query.CountyCode);
        }

        if (query.Type is { } type)
        {
            institutions = institutions.Where(i => i.Type == type);
        }

        var total = await institutions.CountAsync(ct);
        var rows = await (
                from i in institutions
                join c in db.Centres on i.CentreCode equals c.Code into centres
                from c in centres.DefaultIfEmpty()
                orderby i.Code
                select new InstitutionRow(i.Code, i.Name, i.Type, i.CountyCode, i.CentreCode, c == null ? null : c.Name, i.ContactEmail))
            .Skip(query.Page * query.PageSize).Take(query.PageSize).ToListAsync(ct);
        return (rows, total);
    }

    /// <summary>Saves an organiser; a new type or county routes it (and its open items) by the jurisdiction table.</summary>
    public async Task<(AdminEditResult Result, ReroutePlan? Plan)> SaveInstitutionAsync(ConsoleUser user, InstitutionForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(form);
        if (user.Role != ConsoleRole.Administrator)
        {
            return (AdminEditResult.Refused("只有系統管理者可以編修機關資料。"), null);
        }

        if (Check(form.Name, form.ContactEmail) is { } error)
        {
            return (AdminEditResult.Refused(error), null);
        }

        if (!Counties.IsKnown(form.CountyCode))
        {
            return (AdminEditResult.Refused($"未知的縣市代碼「{form.CountyCode}」。"), null);
        }

        var touched = new List<(string, ReviewKind)>();
        var answer = await contexts.InTransactionAsync<(AdminEditResult, ReroutePlan?)>(async (db, token) =>
        {
            touched.Clear();
            var institution = await db.Institutions.SingleOrDefaultAsync(i => i.Code == form.Code, token);
            if (institution is null)
            {
                return (AdminEditResult.Refused($"查無機關「{form.Code}」。"), null);
            }

            var before = new { institution.Name, institution.Type, institution.CountyCode, institution.CentreCode, institution.ContactEmail };
            var table = await db.JurisdictionRules.AsNoTracking()
                .Select(r => new JurisdictionRow(r.InstitutionType, r.CentreCode, r.Source)).ToListAsync(token);
            var centre = JurisdictionRow.Route(table, form.Type, form.CountyCode);
            institution.Name = form.Name.Trim();
            institution.Type = form.Type;
            institution.CountyCode = form.CountyCode;
            institution.ContactEmail = Blank(form.ContactEmail);
            institution.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(token);
            var target = OpenItemMover.Target.Organiser(db, form.Code, centre);
            var plan = await OpenItemMover.PlanAsync(db, target, token);
            db.AuditLog.Add(AuditEntry.Create(institution.UpdatedAt, user.UserName, "InstitutionUpdated", nameof(Institution), form.Code,
                before, new { institution.Name, institution.Type, institution.CountyCode, CentreCode = centre, institution.ContactEmail }));
            touched.AddRange(await mover.ApplyAsync(db, target, user.UserName, $"機關資料變更：{form.Code}", token));
            return (AdminEditResult.Ok, plan);
        }, ct);
        OpenItemMover.Publish(notifier, touched);
        return answer;
    }

    private static string? Check(string name, string? contactEmail)
    {
        if (name.Trim().Length is 0 or > 120)
        {
            return "名稱須為 1 至 120 字。";
        }

        // The same rule as the institution sync (SPEC §13.2): one plain address, no control characters.
        return Blank(contactEmail) is { } email && !EmailAddress.IsValid(email) ? $"聯絡信箱「{email}」格式不正確。" : null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
