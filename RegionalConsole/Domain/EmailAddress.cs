using System.Net.Mail;

namespace RegionalConsole.Domain;

/// <summary>Why an address partners send may not be stored; <see cref="None"/> when it may.</summary>
public enum EmailAddressProblem
{
    None,
    TooLong,

    /// <summary>A control character (CR, LF, NUL, tab…): a line break in an address is how a Bcc: header is smuggled in.</summary>
    ControlCharacter,

    /// <summary>Not one plain address: unreadable, a display name, or a list of several.</summary>
    NotOneAddress,
}

/// <summary>
/// An e-mail address the console mails to (SPEC §13.2: one address, at most 254 characters, no control characters).
/// The mails about a course go to it, so it is held to what a mail header can carry safely.
/// </summary>
public static class EmailAddress
{
    /// <summary>RFC 5321's limit on a forward path, less the angle brackets.</summary>
    public const int MaxLength = 254;

    public static EmailAddressProblem ProblemOf(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > MaxLength)
        {
            return EmailAddressProblem.TooLong;
        }

        if (value.Any(char.IsControl))
        {
            return EmailAddressProblem.ControlCharacter;
        }

        // MailAddress accepts "Name <a@b>" and, leniently, other forms: only a value that is exactly its own address
        // is one plain address. A comma or semicolon would be a list wherever the value lands in a header.
        return value.Length > 0 && value.IndexOfAny([',', ';', ' ', '<', '>']) < 0
            && MailAddress.TryCreate(value, out var parsed) && parsed.Address == value && parsed.DisplayName.Length == 0
                ? EmailAddressProblem.None
                : EmailAddressProblem.NotOneAddress;
    }

    public static bool IsValid(string? value) => value is not null && ProblemOf(value) == EmailAddressProblem.None;
}
