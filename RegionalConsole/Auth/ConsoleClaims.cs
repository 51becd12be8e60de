using System.Security.Claims;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;

namespace RegionalConsole.Auth;

/// <summary>The claims a console session carries, taken from the account at sign-in.</summary>
public static class ConsoleClaims
{
    public const string AccountId = "rc:account";
    public const string UserName = "rc:username";
    public const string Name = "name";
    public const string Role = "role";
    public const string Centre = "rc:centre";
    public const string SupervisorScope = "rc:scope";
    public const string AuthenticationType = "RegionalConsole";

    public static ClaimsPrincipal CreatePrincipal(Account account)
    {
        var claims = new List<Claim>
        {
            new(AccountId, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(UserName, account.UserName),
            new(Name, account.DisplayName),
            new(Role, account.Role.ToString()),
        };
        if (account.CentreCode is not null)
        {
            claims.Add(new Claim(Centre, account.CentreCode));
        }

        if (account.SupervisorScope is not null)
        {
            claims.Add(new Claim(SupervisorScope, account.SupervisorScope));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, Name, Role));
    }
}

/// <summary>The signed-in person as services see them.</summary>
public sealed record ConsoleUser(int AccountId, string UserName, string DisplayName, AccessScope Scope)
{
    public ConsoleRole Role => Scope.Role;

    public static ConsoleUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !int.TryParse(principal.FindFirstValue(ConsoleClaims.AccountId), out var id)
            || !Enum.TryParse<ConsoleRole>(principal.FindFirstValue(ConsoleClaims.Role), out var role))
        {
            return null;
        }

        return new ConsoleUser(
            id,
            principal.FindFirstValue(ConsoleClaims.UserName) ?? "",
            principal.FindFirstValue(ConsoleClaims.Name) ?? "",
            new AccessScope(role, principal.FindFirstValue(ConsoleClaims.Centre), principal.FindFirstValue(ConsoleClaims.SupervisorScope)));
    }
}

public static class ConsolePolicies
{
    public const string Staff = "Staff";
    public const string Reviewer = "Reviewer";
    public const string Supervisor = "Supervisor";
    public const string Administrator = "Administrator";
    public const string ApiClient = "ApiClient";
    public const string ExchangePlatform = "ExchangePlatform";
}
