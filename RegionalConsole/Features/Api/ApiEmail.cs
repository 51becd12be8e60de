using RegionalConsole.Domain;

namespace RegionalConsole.Features.Api;

/// <summary>An e-mail field of a body, refused with the reason named (SPEC §13.2, §13.3).</summary>
public static class ApiEmail
{
    /// <summary>Adds the field's problem to <paramref name="errors"/>; answers the trimmed address, or null for none (null or blank) or a bad one.</summary>
    public static string? Read(ApiErrors errors, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        // Surrounding spaces are a copy-and-paste slip, not a second address; a line break is never trimmed away.
        var address = value?.Trim(' ');
        if (string.IsNullOrEmpty(address))
        {
            return null;
        }

        switch (EmailAddress.ProblemOf(address))
        {
            case EmailAddressProblem.None:
                return address;
            case EmailAddressProblem.TooLong:
                errors.Add(field, ApiMessages.EmailTooLong(EmailAddress.MaxLength));
                break;
            case EmailAddressProblem.ControlCharacter:
                errors.Add(field, ApiMessages.EmailControlCharacters());
                break;
            default:
                errors.Add(field, ApiMessages.EmailInvalid(Shown(address)));
                break;
        }

        return null;
    }

    private static string Shown(string value) => value.Length > 60 ? value[..60] + "…" : value;
}
