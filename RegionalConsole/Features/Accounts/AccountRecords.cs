using RegionalConsole.Auth;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Administration;

namespace RegionalConsole.Features.Accounts;

public sealed record AccountRow(int Id, string UserName, string DisplayName, string? Email, string? OidcSubject, ConsoleRole Role,
    string? CentreCode, string? CentreName, string? SupervisorScope, bool Enabled, DateTime? LastSignInAt);

/// <summary>What the account form edits; <see cref="Id"/> is null for a new account.</summary>
public sealed class AccountForm
{
    public int? Id { get; set; }
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Email { get; set; }
    public string? OidcSubject { get; set; }
    public ConsoleRole Role { get; set; } = ConsoleRole.Reviewer;
    public string? CentreCode { get; set; }
    public string? SupervisorScope { get; set; }
    public bool Enabled { get; set; } = true;

    public AccountEntry ToEntry() => new(UserName, DisplayName, Email, OidcSubject, Role, CentreCode, SupervisorScope, Enabled);

    public static AccountForm From(AccountRow row) => new()
    {
        Id = row.Id,
        UserName = row.UserName,
        DisplayName = row.DisplayName,
        Email = row.Email,
        OidcSubject = row.OidcSubject,
        Role = row.Role,
        CentreCode = row.CentreCode,
        SupervisorScope = row.SupervisorScope,
        Enabled = row.Enabled,
    };
}

public sealed record CentreChoice(string Code, string Name, string SupervisorScope);

/// <summary>Who changes an account, as the audit log names them, with what they may do.</summary>
public sealed record AccountActor(string Name, AccessScope Scope, int AccountId)
{
    public static AccountActor From(ConsoleUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.UserName, user.Scope, user.AccountId);
    }

    /// <summary>An administrator API key or the command line: every account, and no account of its own to protect.</summary>
    public static AccountActor Administrator(string name) => new(name, new AccessScope(ConsoleRole.Administrator, null, null), 0);
}

public enum AccountSaveStatus
{
    Saved,

    /// <summary>A field is malformed, missing or names an unknown centre or scope.</summary>
    Invalid,

    /// <summary>The user name, e-mail or subject belongs to another account.</summary>
    Duplicate,

    /// <summary>The actor may not make this change (<see cref="AccountPermissions"/>).</summary>
    Refused,

    /// <summary>The account to change does not exist.</summary>
    Missing,

    /// <summary>A concurrent save took the user name or subject first (the unique index refused this one).</summary>
    Raced,
}

public sealed record AccountSaveResult(AccountSaveStatus Status, Account? Account, IReadOnlyList<AccountProblem> Problems,
    AccountRefusal Refusal = AccountRefusal.None)
{
    public static AccountSaveResult Missing { get; } = new(AccountSaveStatus.Missing, null, []);
}

/// <summary>An account in the API (SPEC §13.1) and as the command line prints it.</summary>
public sealed record AccountAnswer(int Id, string UserName, string DisplayName, string? Email, string? Subject, ConsoleRole Role,
    string? Centre, string? Supervises, bool Enabled)
{
    public static AccountAnswer From(Account a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.UserName, a.DisplayName, a.Email, a.OidcSubject, a.Role, a.CentreCode, a.SupervisorScope, a.Enabled);
    }
}
