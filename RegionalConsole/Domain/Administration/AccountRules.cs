using System.Net.Mail;

namespace RegionalConsole.Domain.Administration;

/// <summary>An account as someone entered it (the accounts page, the API, the command line), before it is stored.</summary>
public sealed record AccountEntry(string UserName, string DisplayName, string? Email, string? Subject, ConsoleRole Role,
    string? Centre, string? Supervises, bool Enabled = true)
{
    /// <summary>Blank text is no value; user names and e-mail addresses compare without case, so they are kept lower case.</summary>
    public AccountEntry Trimmed() => this with
    {
        UserName = UserName.Trim(),
        DisplayName = DisplayName.Trim(),
        Email = Blank(Email)?.ToLowerInvariant(),
        Subject = Blank(Subject),
        Centre = Blank(Centre),
        Supervises = Blank(Supervises),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>An account already stored, as far as uniqueness goes.</summary>
public sealed record AccountIdentity(int Id, string UserName, string DisplayName, string? Email, string? Subject);

/// <summary>The field of an account a problem is about; the API names it in camel case.</summary>
public enum AccountField
{
    UserName,
    DisplayName,
    Email,
    Subject,
    Role,
    Centre,
    Supervises,
}

public enum AccountProblemKind
{
    UserNameInvalid,
    DisplayNameInvalid,
    EmailInvalid,
    SubjectInvalid,

    /// <summary>Nobody could sign in to it: neither an OIDC subject nor an e-mail to bind one to (SPEC §1).</summary>
    IdentityRequired,
    CentreRequired,
    CentreUnknown,
    ScopeRequired,
    ScopeUnknown,
    UserNameTaken,
    EmailTaken,
    SubjectTaken,
}

/// <summary>
/// What is wrong with one field: <see cref="Value"/> is the offending value and, for a duplicate, <see cref="Holder"/>
/// the account holding it (its display name for a user name, its user name otherwise), so the message can name both.
/// </summary>
public sealed record AccountProblem(AccountField Field, AccountProblemKind Kind, string? Value, string? Holder = null)
{
    public bool IsDuplicate => Kind is AccountProblemKind.UserNameTaken or AccountProblemKind.EmailTaken or AccountProblemKind.SubjectTaken;
}

/// <summary>
/// What makes an account well formed (帳號管理, SPEC §13.1): a reviewer works for a centre, a supervisor supervises a
/// county or K12EA, an administrator neither; user name, e-mail and OIDC subject each belong to one account.
/// </summary>
public static class AccountRules
{
    public const int MaxUserName = 60;
    public const int MaxDisplayName = 60;
    public const int MaxEmail = 254;
    public const int MaxSubject = 255;

    /// <summary>Every problem of <paramref name="entry"/> (trimmed) on its own, with the centres that exist.</summary>
    public static IReadOnlyList<AccountProblem> Problems(AccountEntry entry, Func<string, bool> centreExists)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(centreExists);
        var problems = new List<AccountProblem>();
        if (!IsUserName(entry.UserName))
        {
            problems.Add(new(AccountField.UserName, AccountProblemKind.UserNameInvalid, entry.UserName));
        }

        if (entry.DisplayName.Length is 0 or > MaxDisplayName || entry.DisplayName.Any(char.IsControl))
        {
            problems.Add(new(AccountField.DisplayName, AccountProblemKind.DisplayNameInvalid, entry.DisplayName));
        }

        if (entry.Email is { } email && (email.Length > MaxEmail || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            problems.Add(new(AccountField.Email, AccountProblemKind.EmailInvalid, email));
        }

        if (entry.Subject is { } subject && (subject.Length > MaxSubject || subject.Any(char.IsControl)))
        {
            problems.Add(new(AccountField.Subject, AccountProblemKind.SubjectInvalid, subject));
        }

        if (entry.Email is null && entry.Subject is null)
        {
            problems.Add(new(AccountField.Email, AccountProblemKind.IdentityRequired, null));
        }

        switch (entry.Role)
        {
            case ConsoleRole.Reviewer when entry.Centre is null:
                problems.Add(new(AccountField.Centre, AccountProblemKind.CentreRequired, null));
                break;
            case ConsoleRole.Reviewer when !centreExists(entry.Centre):
                problems.Add(new(AccountField.Centre, AccountProblemKind.CentreUnknown, entry.Centre));
                break;
            case ConsoleRole.Supervisor when entry.Supervises is null:
                problems.Add(new(AccountField.Supervises, AccountProblemKind.ScopeRequired, null));
                break;
            case ConsoleRole.Supervisor when !IsSupervisorScope(entry.Supervises):
                problems.Add(new(AccountField.Supervises, AccountProblemKind.ScopeUnknown, entry.Supervises));
                break;
        }

        return problems;
    }

    /// <summary>
    /// The user name, e-mail or subject of <paramref name="entry"/> that another account (not <paramref name="id"/>)
    /// already holds. User names and e-mail addresses compare without case; subjects exactly, as the provider issues them.
    /// </summary>
    public static IReadOnlyList<AccountProblem> Duplicates(AccountEntry entry, int? id, IEnumerable<AccountIdentity> stored)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(stored);
        var others = stored.Where(a => a.Id != id).ToList();
        var problems = new List<AccountProblem>();
        if (others.FirstOrDefault(a => string.Equals(a.UserName, entry.UserName, StringComparison.OrdinalIgnoreCase)) is { } byName)
        {
            problems.Add(new(AccountField.UserName, AccountProblemKind.UserNameTaken, entry.UserName, byName.DisplayName));
        }

        if (entry.Email is { } email && others.FirstOrDefault(a => string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase)) is { } byEmail)
        {
            problems.Add(new(AccountField.Email, AccountProblemKind.EmailTaken, email, byEmail.UserName));
        }

        if (entry.Subject is { } subject && others.FirstOrDefault(a => string.Equals(a.Subject, subject, StringComparison.Ordinal)) is { } bySubject)
        {
            problems.Add(new(AccountField.Subject, AccountProblemKind.SubjectTaken, subject, bySubject.UserName));
        }

        return problems;
    }

    /// <summary>A supervisor supervises a county (by its interior ministry code) or K12EA (SPEC §1).</summary>
    public static bool IsSupervisorScope(string? code) => code == CentreCodes.K12EA || Counties.IsKnown(code);

    public static bool IsUserName(string userName) =>
        userName.Length is > 0 and <= MaxUserName && userName.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.' or '@');
}
