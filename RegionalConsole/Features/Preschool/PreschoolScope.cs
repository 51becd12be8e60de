using RegionalConsole.Auth;
using RegionalConsole.Domain;

namespace RegionalConsole.Features.Preschool;

/// <summary>Whose preschools a person sees on /preschool (SPEC §1, §7): a supervisor their own county, administrators any.</summary>
internal static class PreschoolScope
{
    /// <summary>
    /// The county to show: the supervisor's own whatever was asked (K12EA supervises no county's preschools and sees
    /// none), the administrator's choice (null = every county); false for anyone else.
    /// </summary>
    public static bool TryCounty(ConsoleUser user, string? requested, out string? county)
    {
        county = user.Role switch
        {
            ConsoleRole.Supervisor => user.Scope.SupervisorScope ?? "",
            ConsoleRole.Administrator => string.IsNullOrWhiteSpace(requested) ? null : requested,
            _ => "",
        };
        return user.Role is ConsoleRole.Supervisor or ConsoleRole.Administrator;
    }
}
