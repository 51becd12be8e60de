using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Features.Accounts;

namespace RegionalConsole.Features.Dashboard;

public sealed record CentreSummary(string Code, string Name, int OpenCourses, int OpenRosters, int OpenCancellations, int Overdue);

public sealed class DashboardService(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider clock)
{
    /// <summary>Open work per readable centre; overdue = undecided and past its due date (SPEC §4).</summary>
    public async Task<List<CentreSummary>> SummariseAsync(ConsoleUser user, CancellationToken ct = default)
    {
        var today = RocDate.TaipeiDate(clock.GetUtcNow().UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var centres = await db.ReadableCentresAsync(user.Scope, ct);
        var counts = await db.ReviewItems
            .Where(i => i.Outcome == null && centres.Contains(i.CentreCode))
            .GroupBy(i => i.CentreCode)
            .Select(g => new
            {
                Centre = g.Key,
                Courses = g.Count(i => i.Kind == ReviewKind.Course),
                Rosters = g.Count(i => i.Kind == ReviewKind.Roster),
                Cancellations = g.Count(i => i.Kind == ReviewKind.Cancellation),
                Overdue = g.Count(i => i.DueDate < today),
            })
            .ToDictionaryAsync(x => x.Centre, ct);
        var names = await db.Centres.Where(c => centres.Contains(c.Code)).OrderBy(c => c.Code).Select(c => new { c.Code, c.Name }).ToListAsync(ct);
        return names.Select(c => counts.TryGetValue(c.Code, out var n)
                ? new CentreSummary(c.Code, c.Name, n.Courses, n.Rosters, n.Cancellations, n.Overdue)
                : new CentreSummary(c.Code, c.Name, 0, 0, 0, 0))
            .ToList();
    }

    /// <summary>
    /// For administrators, the centres of <paramref name="summaries"/> without an enabled reviewer, with their open items
    /// (SPEC §13.1: nothing is routed silently into a queue nobody reads); nobody else is shown them.
    /// </summary>
    public async Task<List<CentreSummary>> WithoutReviewerAsync(ConsoleUser user, IReadOnlyList<CentreSummary> summaries, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(summaries);
        if (user.Role != ConsoleRole.Administrator)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var staffing = await CentreStaffing.ReadAsync(db, ct);
        return [.. summaries.Where(c => staffing.EnabledReviewers(c.Code) == 0)];
    }
}
