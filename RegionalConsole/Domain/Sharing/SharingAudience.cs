namespace RegionalConsole.Domain.Sharing;

/// <summary>A centre as the audience rules need it: its code and the supervisor it is under.</summary>
public sealed record AudienceCentre(string Code, string SupervisorScope);

/// <summary>
/// Who publishes to whom in 資源分享區 (SPEC §1): the network (administrators) to any centres, a supervisor to the
/// centres under it; an empty audience means every centre. Reviewers read what is addressed to their centre.
/// </summary>
public static class SharingAudience
{
    public static bool CanPublish(AccessScope scope) => scope.Role is ConsoleRole.Administrator or ConsoleRole.Supervisor;

    /// <summary>
    /// The audience a publication will carry, or null when the person may not address it. A supervisor's "all
    /// centres" becomes the centres under it: a county bureau cannot speak for the whole network.
    /// </summary>
    public static IReadOnlyList<string>? Resolve(AccessScope scope, IReadOnlyCollection<string> requested, IReadOnlyList<AudienceCentre> centres)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(centres);
        var known = centres.ToDictionary(c => c.Code, StringComparer.Ordinal);
        if (requested.Any(code => !known.ContainsKey(code)))
        {
            return null;
        }

        switch (scope.Role)
        {
            case ConsoleRole.Administrator:
                return [.. requested.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            case ConsoleRole.Supervisor:
                var own = centres.Where(c => c.SupervisorScope == scope.SupervisorScope).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
                if (own.Count == 0 || requested.Any(code => !own.Contains(code)))
                {
                    return null;
                }

                return [.. (requested.Count == 0 ? own : requested).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            default:
                return null;
        }
    }

    /// <summary>Whether a person sees a publication addressed to <paramref name="audience"/> (empty = every centre).</summary>
    public static bool CanSee(AccessScope scope, IReadOnlyCollection<string> audience, IReadOnlyDictionary<string, string> supervisorOfCentre)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(supervisorOfCentre);
        return scope.Role switch
        {
            ConsoleRole.Administrator => true,
            ConsoleRole.Reviewer => audience.Count == 0 || (scope.CentreCode is { } centre && audience.Contains(centre)),
            ConsoleRole.Supervisor => audience.Count == 0
                || audience.Any(c => supervisorOfCentre.TryGetValue(c, out var s) && s == scope.SupervisorScope),
            _ => false,
        };
    }

    /// <summary>Deleting: administrators anything; a supervisor what its own bureau published.</summary>
    public static bool CanDelete(AccessScope scope, string? publisherScope) => scope.Role switch
    {
        ConsoleRole.Administrator => true,
        ConsoleRole.Supervisor => publisherScope is not null && publisherScope == scope.SupervisorScope,
        _ => false,
    };
}
