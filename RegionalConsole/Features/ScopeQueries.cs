using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Domain;

namespace RegionalConsole.Features;

/// <summary>The centres a person may read (SPEC §1), as a list to filter queries by.</summary>
public static class ScopeQueries
{
    public static async Task<List<string>> ReadableCentresAsync(this ConsoleDbContext db, AccessScope scope, CancellationToken ct) =>
        scope.Role switch
        {
            ConsoleRole.Administrator => await db.Centres.Select(c => c.Code).ToListAsync(ct),
            ConsoleRole.Supervisor => await db.Centres.Where(c => c.SupervisorScope == scope.SupervisorScope).Select(c => c.Code).ToListAsync(ct),
            _ => scope.CentreCode is null ? [] : [scope.CentreCode],
        };
}
