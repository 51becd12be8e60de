namespace RegionalConsole.Domain;

/// <summary>
/// What a signed-in person may see and do (SPEC §1). Enforced by services and the API, never only by menus.
/// </summary>
public sealed record AccessScope(ConsoleRole Role, string? CentreCode, string? SupervisorScope)
{
    /// <summary>Work an item: claim, decide, confirm tags. Reviewers of the item's own centre; administrators.</summary>
    public bool CanWork(string centreCode) => Role switch
    {
        ConsoleRole.Administrator => true,
        ConsoleRole.Reviewer => string.Equals(CentreCode, centreCode, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Read a centre's items: its reviewers, the supervisor it is under, administrators.</summary>
    public bool CanRead(string centreCode, string centreSupervisorScope) => Role switch
    {
        ConsoleRole.Administrator => true,
        ConsoleRole.Reviewer => string.Equals(CentreCode, centreCode, StringComparison.Ordinal),
        ConsoleRole.Supervisor => string.Equals(SupervisorScope, centreSupervisorScope, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Reassign items between reviewers: the supervisor over the centre, or an administrator.</summary>
    public bool CanReassign(string centreSupervisorScope) => Role switch
    {
        ConsoleRole.Administrator => true,
        ConsoleRole.Supervisor => string.Equals(SupervisorScope, centreSupervisorScope, StringComparison.Ordinal),
        _ => false,
    };
}
