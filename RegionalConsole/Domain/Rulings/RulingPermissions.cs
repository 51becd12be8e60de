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
    /// Whether this person may retire a ruling of <paramref name="rulingCounty"/> (null = nationwide) (SPEC §13.2): whoever
    /// may record a ruling exactly there — a county's supervisor its county's rulings, the K-12 Education
    /// Administration's supervisor the nationwide ones, an administrator any.
    /// </summary>
    public static bool MayRetire(AccessScope scope, string? rulingCounty) =>
        MayRecord(scope) && TryCounty(scope, rulingCounty, out var county) && county == rulingCounty;

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
