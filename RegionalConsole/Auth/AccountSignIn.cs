using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;

namespace RegionalConsole.Auth;

/// <summary>Maps who signed in to a console account (帳號管理); unknown or disabled people get no session.</summary>
public sealed class AccountSignIn(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider clock, ILogger<AccountSignIn> log)
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

        return await CompleteAsync(db, account, ct);
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
