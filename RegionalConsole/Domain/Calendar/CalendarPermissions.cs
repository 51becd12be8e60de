namespace RegionalConsole.Domain.Calendar;

/// <summary>
/// Who may change the calendar (SPEC §1): administrators import years and manage every county's closures;
/// a county's supervisor manages that county's closures only; everyone else reads.
/// </summary>
public static class CalendarPermissions
{
    public static bool CanImport(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Role == ConsoleRole.Administrator;
    }

    public static bool CanManageClosures(AccessScope scope, string countyCode)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Role switch
        {
            ConsoleRole.Administrator => true,
            ConsoleRole.Supervisor => Counties.IsKnown(countyCode) && string.Equals(scope.SupervisorScope, countyCode, StringComparison.Ordinal),
            _ => false,
        };
    }
}
