using System.Globalization;
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

    /// <summary>The accounts page's save: the whole account, refused with one message naming what is wrong.</summary>
    public async Task<AdminEditResult> SaveAsync(ConsoleUser user, AccountForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(form);
        var saved = await SaveAsync(AccountActor.From(user), form.Id, form.ToEntry(), ct);
        return saved.Status switch
        {
            AccountSaveStatus.Saved => AdminEditResult.Ok,
            AccountSaveStatus.Missing => AdminEditResult.Refused(AccountMessages.Missing),
            AccountSaveStatus.Refused => AdminEditResult.Refused(AccountMessages.For(saved.Refusal)),
            AccountSaveStatus.Raced => AdminEditResult.Refused(AccountMessages.Raced),
            _ => AdminEditResult.Refused(string.Join(" ", saved.Problems.Select(AccountMessages.For))),
        };
    }

    /// <summary>
    /// Creates (<paramref name="id"/> null) or replaces an account for the accounts page, the API and the command line
    /// alike: who may (<see cref="AccountPermissions"/>), what is well formed and unique (<see cref="AccountRules"/>), then
    /// the account and its audit entry in one transaction.
    /// </summary>
    public async Task<AccountSaveResult> SaveAsync(AccountActor actor, int? id, AccountEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(entry);
        entry = entry.Trimmed();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var centreScopes = await db.Centres.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.SupervisorScope, StringComparer.Ordinal, ct);
        var account = id is { } existing ? await db.Accounts.SingleOrDefaultAsync(a => a.Id == existing, ct) : null;
        if (id is not null && account is null)
        {
            return AccountSaveResult.Missing;
        }

        var before = account is null ? null : Shape(account.Role, account.CentreCode, account.SupervisorScope, account.Enabled, centreScopes);
        var after = AccountPermissions.Normalised(Shape(entry.Role, entry.Centre, entry.Supervises, entry.Enabled, centreScopes));
        var refusal = AccountPermissions.RefusalFor(actor.Scope, actor.AccountId, account?.Id, before, after);
        if (refusal is not (AccountRefusal.None or AccountRefusal.CentreRequired or AccountRefusal.ScopeRequired))
        {
            return new(AccountSaveStatus.Refused, null, [], refusal);
        }

        entry = entry with { Centre = after.CentreCode, Supervises = after.SupervisorScope };
        if (AccountRules.Problems(entry, centreScopes.ContainsKey) is { Count: > 0 } problems)
        {
            return new(AccountSaveStatus.Invalid, null, problems);
        }

        var lowered = entry.UserName.ToLowerInvariant();
        var holders = await db.Accounts.AsNoTracking()
            .Where(a => a.UserName.ToLower() == lowered || (entry.Subject != null && a.OidcSubject == entry.Subject)
                || (entry.Email != null && a.Email != null && a.Email.ToLower() == entry.Email))
            .Select(a => new AccountIdentity(a.Id, a.UserName, a.DisplayName, a.Email, a.OidcSubject))
            .ToListAsync(ct);
        if (AccountRules.Duplicates(entry, account?.Id, holders) is { Count: > 0 } duplicates)
        {
            return new(AccountSaveStatus.Duplicate, null, duplicates);
        }

        var old = account is null ? null : Audited(account);
        var wasEnabled = account?.Enabled;
        account ??= db.Accounts.Add(new Account { UserName = "", DisplayName = "" }).Entity;
        account.UserName = entry.UserName;
        account.DisplayName = entry.DisplayName;
        account.Email = entry.Email;
        account.OidcSubject = entry.Subject;
        account.Role = after.Role;
        account.CentreCode = after.CentreCode;
        account.SupervisorScope = after.SupervisorScope;
        account.Enabled = after.Enabled;
        // The account's id names the audit entry, so the account is saved first; both commit together or neither does.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return new(AccountSaveStatus.Raced, null, []);
        }

        db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, actor.Name, AuditAction(wasEnabled, account.Enabled), nameof(Account),
            account.Id.ToString(CultureInfo.InvariantCulture), old, Audited(account)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(AccountSaveStatus.Saved, account, []);
    }

    /// <summary>Whether the account is enabled; null when there is no such account.</summary>
    public async Task<bool?> IsEnabledAsync(int accountId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Accounts.Where(a => a.Id == accountId).Select(a => (bool?)a.Enabled).SingleOrDefaultAsync(ct);
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
            return AdminEditResult.Refused(AccountMessages.Missing);
        }

        var form = AccountForm.From(row);
        form.Enabled = enabled;
        return await SaveAsync(user, form, ct);
    }

    private static AccountShape Shape(ConsoleRole role, string? centre, string? scope, bool enabled, Dictionary<string, string> centreScopes) =>
        new(role, Blank(centre), Blank(centre) is { } c ? centreScopes.GetValueOrDefault(c) : null, Blank(scope), enabled);

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
}
