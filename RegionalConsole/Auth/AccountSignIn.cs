using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Administration;

namespace RegionalConsole.Auth;

/// <summary>Maps who signed in to a console account (帳號管理); unknown or disabled people get no session.</summary>
public sealed class AccountSignIn(IDbContextFactory<ConsoleDbContext> contexts, BootstrapAdministrator bootstrap, TimeProvider clock,
    ILogger<AccountSignIn> log)
{
    public async Task<ClaimsPrincipal?> FromOidcAsync(ClaimsPrincipal external, CancellationToken ct)
    {
        var subject = external.FindFirstValue("sub");
        var email = external.FindFirstValue("email");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var account = subject is null ? null : await db.Accounts.SingleOrDefaultAsync(a => a.OidcSubject == subject, ct);
        if (account is null && email is not null)
        {
            // An account registered by e-mail is bound to its subject at the first sign-in.
            account = await db.Accounts.SingleOrDefaultAsync(a => a.OidcSubject == null && a.Email == email, ct);
            account?.OidcSubject = subject;
        }

        if (account is not { Enabled: true, Role: ConsoleRole.Administrator } && bootstrap.Matches(subject, email))
        {
            return await BootstrapAsync(db, account, external, subject, email, ct) ?? await CompleteAsync(db, account, ct);
        }

        return await CompleteAsync(db, account, ct);
    }

    /// <summary>
    /// The configured first administrator (SPEC §13.1) gets an enabled Administrator account, theirs made one or a new
    /// one, audited as made by the configuration, in one transaction with its audit entry, and only while no enabled
    /// administrator exists: the check runs inside the transaction, so two first sign-ins cannot both pass it.
    /// </summary>
    private async Task<ClaimsPrincipal?> BootstrapAsync(ConsoleDbContext db, Account? account, ClaimsPrincipal external, string? subject,
        string? email, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var administratorExists = await db.Accounts.AnyAsync(a => a.Enabled && a.Role == ConsoleRole.Administrator, ct);
        if (!bootstrap.Grants(subject, email, administratorExists))
        {
            return null;
        }

        var before = account is null ? null : new { account.UserName, account.Role, account.CentreCode, account.SupervisorScope, account.Enabled };
        if (account is null)
        {
            var taken = await db.Accounts.Select(a => a.UserName.ToLower()).ToListAsync(ct);
            var userName = BootstrapAdministrator.UserNameFor(email, subject, name => taken.Contains(name, StringComparer.OrdinalIgnoreCase));
            var name = external.FindFirstValue("name");
            account = db.Accounts.Add(new Account
            {
                UserName = userName,
                DisplayName = string.IsNullOrWhiteSpace(name) ? email ?? userName : name.Trim(),
                Email = email?.Trim().ToLowerInvariant(),
                OidcSubject = subject,
            }).Entity;
        }

        account.Role = ConsoleRole.Administrator;
        account.CentreCode = null;
        account.SupervisorScope = null;
        account.Enabled = true;
        account.LastSignInAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        db.AuditLog.Add(AuditEntry.Create(account.LastSignInAt.Value, BootstrapAdministrator.Actor, before is null ? "AccountCreated" : "AccountUpdated",
            nameof(Account), account.Id.ToString(CultureInfo.InvariantCulture), before,
            new { account.UserName, account.DisplayName, account.Email, account.OidcSubject, account.Role, account.Enabled }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        log.LogWarning("Account {AccountId} ({UserName}) made the first administrator by {Key}", account.Id, account.UserName,
            BootstrapAdministrator.ConfigurationKey);
        return ConsoleClaims.CreatePrincipal(account);
    }

    public async Task<ClaimsPrincipal?> FromUserNameAsync(string userName, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.UserName == userName, ct);
        return await CompleteAsync(db, account, ct);
    }

    private async Task<ClaimsPrincipal?> CompleteAsync(ConsoleDbContext db, Account? account, CancellationToken ct)
    {
        if (account is null || !account.Enabled)
        {
            log.LogWarning("Sign-in refused: {Reason}", account is null ? "no console account" : $"account {account.Id} disabled");
            return null;
        }

        account.LastSignInAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return ConsoleClaims.CreatePrincipal(account);
    }
}
