using RegionalConsole.Domain;

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
