using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Administration;

namespace RegionalConsole.Features.Accounts;

/// <summary>
/// 帳號管理 (SPEC §1): administrators manage every console account, supervisors the reviewers of the centres under
/// them (<see cref="AccountPermissions"/>). Every change is audited with the account before and after.
/// </summary>
public sealed class AccountAdminService(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider clock)
{
    internal const int PageLimit = 200;

    public async Task<List<AccountRow>> ListAsync(ConsoleUser user, string? search, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!AccountPermissions.MayManageAccounts(user.Scope))
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = from a in db.Accounts.AsNoTracking()
                    join c in db.Centres.AsNoTracking() on a.CentreCode equals c.Code into centres
                    from c in centres.DefaultIfEmpty()
                    select new { Account = a, CentreName = c == null ? null : c.Name, CentreScope = c == null ? null : c.SupervisorScope };
        if (user.Role == ConsoleRole.Supervisor)
        {
            // The same rule as AccountPermissions.MaySee, in SQL.
            var scope = user.Scope.SupervisorScope;
            query = query.Where(r => r.Account.Role == ConsoleRole.Reviewer && r.CentreScope == scope);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
            query = query.Where(r => r.Account.UserName.ToLower().Contains(term) || r.Account.DisplayName.Contains(term)
                || (r.Account.Email != null && r.Account.Email.ToLower().Contains(term))
                || (r.Account.OidcSubject != null && r.Account.OidcSubject.Contains(term))
                || (r.Account.CentreCode != null && r.Account.CentreCode.Contains(term)));
        }

        var rows = await query.OrderBy(r => r.Account.Role).ThenBy(r => r.Account.UserName).Take(PageLimit).ToListAsync(ct);
        return [.. rows.Select(r => new AccountRow(r.Account.Id, r.Account.UserName, r.Account.DisplayName, r.Account.Email,
            r.Account.OidcSubject, r.Account.Role, r.Account.CentreCode, r.CentreName, r.Account.SupervisorScope, r.Account.Enabled,
            r.Account.LastSignInAt))];
    }

    /// <summary>The centres the user may give a reviewer account.</summary>
    public async Task<List<CentreChoice>> CentresAsync(ConsoleUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var centres = db.Centres.AsNoTracking();
        if (user.Role != ConsoleRole.Administrator)
        {
            var scope = user.Scope.SupervisorScope;
            centres = centres.Where(c => user.Role == ConsoleRole.Supervisor && c.SupervisorScope == scope);
        }

        return await centres.OrderBy(c => c.Code).Select(c => new CentreChoice(c.Code, c.Name, c.SupervisorScope)).ToListAsync(ct);
    }

    /// <summary>Supervising authorities: every county and K12EA (SPEC §1).</summary>
    public static IReadOnlyList<(string Code, string Name)> SupervisorScopes { get; } =
        [(CentreCodes.K12EA, "國民及學前教育署"), .. Counties.Names.Select(c => (c.Key, c.Value))];

    public async Task<AdminEditResult> SaveAsync(ConsoleUser user, AccountForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(form);
        if (Invalid(form) is { } invalid)
        {
            return AdminEditResult.Refused(invalid);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var centreScopes = await db.Centres.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.SupervisorScope, StringComparer.Ordinal, ct);
        var account = form.Id is { } id ? await db.Accounts.SingleOrDefaultAsync(a => a.Id == id, ct) : null;
        if (form.Id is not null && account is null)
        {
            return AdminEditResult.Refused("此帳號已不存在。");
        }

        if (form.CentreCode is { Length: > 0 } centre && !centreScopes.ContainsKey(centre))
        {
            return AdminEditResult.Refused($"查無區域管理中心「{centre}」。");
        }

        if (form.SupervisorScope is { Length: > 0 } supervised && !SupervisorScopes.Any(s => s.Code == supervised))
        {
            return AdminEditResult.Refused($"未知的督導範圍「{supervised}」。");
        }

        var before = account is null ? null : Shape(account.Role, account.CentreCode, account.SupervisorScope, account.Enabled, centreScopes);
        var after = AccountPermissions.Normalised(Shape(form.Role, form.CentreCode, form.SupervisorScope, form.Enabled, centreScopes));
        var refusal = AccountPermissions.RefusalFor(user.Scope, user.AccountId, account?.Id, before, after);
        if (refusal != AccountRefusal.None)
        {
            return AdminEditResult.Refused(Message(refusal));
        }

        var userName = form.UserName.Trim();
        var email = Blank(form.Email)?.ToLowerInvariant();
        var subject = Blank(form.OidcSubject);
        if (await ConflictAsync(db, account?.Id, userName, email, subject, ct) is { } conflict)
        {
            return AdminEditResult.Refused(conflict);
        }

        var old = account is null ? null : Audited(account);
        var wasEnabled = account?.Enabled;
        account ??= db.Accounts.Add(new Account { UserName = "", DisplayName = "" }).Entity;
        account.UserName = userName;
        account.DisplayName = form.DisplayName.Trim();
        account.Email = email;
        account.OidcSubject = subject;
        account.Role = after.Role;
        account.CentreCode = after.CentreCode;
        account.SupervisorScope = after.SupervisorScope;
        account.Enabled = after.Enabled;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A colleague saved the same user name or subject a moment ago; the unique index refused this one.
            return AdminEditResult.Refused("帳號名稱或 OIDC subject 剛被其他帳號使用，請重新整理後再試。");
        }

        db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, AuditAction(wasEnabled, account.Enabled), nameof(Account),
            account.Id.ToString(CultureInfo.InvariantCulture), old, Audited(account)));
        await db.SaveChangesAsync(ct);
        return AdminEditResult.Ok;
    }

    /// <summary>Disables or re-enables an account; a disabled account cannot sign in (SPEC §1).</summary>
    public async Task<AdminEditResult> SetEnabledAsync(ConsoleUser user, int accountId, bool enabled, CancellationToken ct = default)
    {
        AccountRow? row;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            row = await db.Accounts.AsNoTracking().Where(a => a.Id == accountId)
                .Select(a => new AccountRow(a.Id, a.UserName, a.DisplayName, a.Email, a.OidcSubject, a.Role, a.CentreCode, null,
                    a.SupervisorScope, a.Enabled, a.LastSignInAt))
                .SingleOrDefaultAsync(ct);
        }

        if (row is null)
        {
            return AdminEditResult.Refused("此帳號已不存在。");
        }

        var form = AccountForm.From(row);
        form.Enabled = enabled;
        return await SaveAsync(user, form, ct);
    }

    private static AccountShape Shape(ConsoleRole role, string? centre, string? scope, bool enabled, Dictionary<string, string> centreScopes) =>
        new(role, Blank(centre), Blank(centre) is { } c ? centreScopes.GetValueOrDefault(c) : null, Blank(scope), enabled);

    private static string? Invalid(AccountForm form)
    {
        var userName = form.UserName.Trim();
        if (userName.Length is 0 or > 60 || !userName.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.' or '@'))
        {
            return "帳號名稱須為 1 至 60 個英數字或 - _ . @。";
        }

        if (form.DisplayName.Trim().Length is 0 or > 60)
        {
            return "顯示名稱須為 1 至 60 字。";
        }

        if (Blank(form.Email) is { } email && !MailAddress.TryCreate(email, out _))
        {
            return $"電子郵件「{email}」格式不正確。";
        }

        // SPEC §1: the OIDC subject, or an e-mail bound to the subject at the first sign-in, maps a person to the account.
        return Blank(form.Email) is null && Blank(form.OidcSubject) is null ? "請填寫 OIDC subject 或電子郵件，以對應登入者。" : null;
    }

    private static async Task<string?> ConflictAsync(ConsoleDbContext db, int? id, string userName, string? email, string? subject, CancellationToken ct)
    {
        var lowered = userName.ToLowerInvariant();
        var others = db.Accounts.AsNoTracking().Where(a => id == null || a.Id != id);
        if (await others.Where(a => a.UserName.ToLower() == lowered).Select(a => a.DisplayName).FirstOrDefaultAsync(ct) is { } byName)
        {
            return $"帳號名稱「{userName}」已由「{byName}」使用。";
        }

        if (subject is not null && await others.Where(a => a.OidcSubject == subject).Select(a => a.UserName).FirstOrDefaultAsync(ct) is { } bySubject)
        {
            return $"OIDC subject「{subject}」已對應到帳號「{bySubject}」。";
        }

        if (email is not null && await others.Where(a => a.Email != null && a.Email.ToLower() == email).Select(a => a.UserName).FirstOrDefaultAsync(ct) is { } byEmail)
        {
            return $"電子郵件「{email}」已對應到帳號「{byEmail}」。";
        }

        return null;
    }

    private static string AuditAction(bool? wasEnabled, bool enabled) => wasEnabled switch
    {
        null => "AccountCreated",
        true when !enabled => "AccountDisabled",
        false when enabled => "AccountEnabled",
        _ => "AccountUpdated",
    };

    private static object Audited(Account a) =>
        new { a.UserName, a.DisplayName, a.Email, a.OidcSubject, a.Role, a.CentreCode, a.SupervisorScope, a.Enabled };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static string Message(AccountRefusal refusal) => refusal switch
    {
        AccountRefusal.NotAllowed => "只有系統管理者及督導可以管理帳號。",
        AccountRefusal.RoleNotGrantable => "督導只能建立區管審核人員帳號，不能建立系統管理者或督導帳號。",
        AccountRefusal.OutOfScope => "督導只能管理所轄區域管理中心的審核人員帳號。",
        AccountRefusal.CentreRequired => "區管審核人員須指定區域管理中心。",
        AccountRefusal.ScopeRequired => "督導須指定督導範圍（縣市或國教署）。",
        AccountRefusal.OwnAccount => "不能停用自己的帳號或變更自己的角色。",
        _ => "",
    };
}
