namespace RegionalConsole.Domain.Administration;

/// <summary>
/// <c>Accounts:BootstrapAdministrator</c> (SPEC §13.1): a new deployment's first administrator is whoever signs in with
/// the configured identity, an OIDC subject or an e-mail address, while no enabled administrator exists.
/// </summary>
public sealed record BootstrapAdministrator(string? Identity)
{
    public const string ConfigurationKey = "Accounts:BootstrapAdministrator";

    /// <summary>Who the audit log names as having created the account: the configuration, not a person.</summary>
    public const string Actor = "config:" + ConfigurationKey;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Identity);

    /// <summary>The subject as the provider issued it, or the e-mail address in any case.</summary>
    public bool Matches(string? subject, string? email)
    {
        if (!IsConfigured)
        {
            return false;
        }

        var identity = Identity!.Trim();
        return string.Equals(subject, identity, StringComparison.Ordinal)
            || (email is not null && string.Equals(email.Trim(), identity, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Applies only while no enabled administrator exists; afterwards the key does nothing.</summary>
    public bool Grants(string? subject, string? email, bool enabledAdministratorExists) => !enabledAdministratorExists && Matches(subject, email);

    /// <summary>
    /// A user name for the new administrator: the e-mail's local part (or the subject) in the characters a user name
    /// allows, made unique against <paramref name="taken"/> by a number.
    /// </summary>
    public static string UserNameFor(string? email, string? subject, Func<string, bool> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var source = email is { } e && e.Contains('@', StringComparison.Ordinal) ? e[..e.IndexOf('@', StringComparison.Ordinal)] : subject ?? "";
        var cleaned = new string([.. source.ToLowerInvariant().Where(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.')]);
        var stem = cleaned.Length == 0 ? "admin" : cleaned[..Math.Min(cleaned.Length, AccountRules.MaxUserName - 4)];
        var name = stem;
        for (var n = 2; taken(name); n++)
        {
            name = $"{stem}-{n}";
        }

        return name;
    }
}
