namespace RegionalConsole.Domain.Rulings;

/// <summary>
/// Who records hour-equivalence rulings (SPEC §1, §8): supervisors for their own county, administrators for any county
/// or nationwide; reviewers read them. The K-12 Education Administration's supervisor (國教署) rules nationwide.
/// </summary>
public static class RulingPermissions
{
    public static bool MayRecord(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Role is ConsoleRole.Administrator or ConsoleRole.Supervisor;
    }

    /// <summary>
    /// The county a ruling by this person covers when they ask for <paramref name="requestedCounty"/> (null =
    /// nationwide); false when they may not record it there.
    /// </summary>
    public static bool TryCounty(AccessScope scope, string? requestedCounty, out string? county)
    {
        ArgumentNullException.ThrowIfNull(scope);
        county = null;
        switch (scope.Role)
        {
            case ConsoleRole.Administrator:
                county = requestedCounty;
                return true;
            case ConsoleRole.Supervisor when scope.SupervisorScope == CentreCodes.K12EA:
                return requestedCounty is null;
            case ConsoleRole.Supervisor when scope.SupervisorScope is { } own:
                county = own;
                return requestedCounty is null || requestedCounty == own;
            default:
                return false;
        }
    }
}
