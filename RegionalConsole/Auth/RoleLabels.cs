using Microsoft.Extensions.Localization;
using RegionalConsole.Domain;

namespace RegionalConsole.Auth;

/// <summary>A role's name on the page, each role by name: a new role fails to compile here, not silently on a page.</summary>
public static class RoleLabels
{
    public static string RoleName(this IStringLocalizer<Ui> text, ConsoleRole role)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[role switch
        {
            ConsoleRole.Reviewer => "RoleReviewer",
            ConsoleRole.Supervisor => "RoleSupervisor",
            ConsoleRole.Administrator => "RoleAdministrator",
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
        }].Value;
    }
}
