using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;

namespace RegionalConsole.Auth;

/// <summary>
/// A session's claims against its account now (SPEC §13.1): an account disabled or gone loses its session, one whose
/// role, scope or name changed gets its claims from the account, without waiting for the cookie to expire.
/// </summary>
public sealed class AccountRevalidation(IDbContextFactory<ConsoleDbContext> contexts)
{
    /// <summary>The principal the session should carry now: the same one, a fresh one, or null when it may no longer sign in.</summary>
    public async Task<ClaimsPrincipal?> CurrentAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (!int.TryParse(principal.FindFirstValue(ConsoleClaims.AccountId), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (account is not { Enabled: true })
        {
            return null;
        }

        return Holds(principal, account) ? principal : ConsoleClaims.CreatePrincipal(account);
    }

    /// <summary>Cookie validation, on every request that carries the session cookie.</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is not { } principal)
        {
            return;
        }

        var current = await context.HttpContext.RequestServices.GetRequiredService<AccountRevalidation>()
            .CurrentAsync(principal, context.HttpContext.RequestAborted);
        if (current is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
        else if (!ReferenceEquals(current, principal))
        {
            context.ReplacePrincipal(current);
            context.ShouldRenew = true;
        }
    }

    private static bool Holds(ClaimsPrincipal principal, Account account) =>
        principal.FindFirstValue(ConsoleClaims.Role) == account.Role.ToString()
        && principal.FindFirstValue(ConsoleClaims.Centre) == account.CentreCode
        && principal.FindFirstValue(ConsoleClaims.SupervisorScope) == account.SupervisorScope
        && principal.FindFirstValue(ConsoleClaims.UserName) == account.UserName
        && principal.FindFirstValue(ConsoleClaims.Name) == account.DisplayName;
}

/// <summary>
/// An open page's circuit keeps the claims it started with; this checks them against the account every minute and
/// signs the page out when they no longer hold (SPEC §13.1). Reloading then brings the account's current claims.
/// </summary>
public sealed class AccountRevalidatingStateProvider(ILoggerFactory loggers, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        if (authenticationState.User.Identity?.IsAuthenticated != true)
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var current = await scope.ServiceProvider.GetRequiredService<AccountRevalidation>().CurrentAsync(authenticationState.User, cancellationToken);
        return ReferenceEquals(current, authenticationState.User);
    }

    /// <summary>The check itself, for tests.</summary>
    internal Task<bool> StillHoldsAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        ValidateAuthenticationStateAsync(new AuthenticationState(user), ct);
}
