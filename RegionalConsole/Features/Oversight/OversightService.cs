using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Features.Statistics;

namespace RegionalConsole.Features.Oversight;

/// <summary>A month's compliance of one centre (decided on or before the due date).</summary>
public sealed record CompliancePoint(int Year, int Month, int Decided, int Met)
{
    public double? Rate => Decided == 0 ? null : (double)Met / Decided;
}

/// <summary>Open items assigned to one reviewer (or to nobody, when <see cref="Name"/> is null).</summary>
public sealed record ReviewerLoad(string? Name, int Open, int Overdue);

/// <summary>One centre under a supervisor: its backlog now, its compliance in recent months, its reviewers' load.</summary>
public sealed record CentreOversight(BacklogRow Backlog, IReadOnlyList<CompliancePoint> Trend, IReadOnlyList<ReviewerLoad> Load);

/// <summary>
/// The supervisors' oversight (SPEC §1: oversight dashboards across the centres under them): per centre the backlog,
/// overdue items, the compliance trend of the last <see cref="TrendMonths"/> months and open items per assignee.
/// </summary>
public sealed class OversightService(IDbContextFactory<ConsoleDbContext> contexts, StatisticsService statistics)
{
    public const int TrendMonths = 6;

    public async Task<List<CentreOversight>> CentresAsync(ConsoleUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var today = statistics.Today;
        var scope = await statistics.ScopeAsync(user, StatisticsFilter.ThisYear(today), ct);
        var backlog = await statistics.BacklogAsync(scope, ct);
        var codes = scope.Codes;
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - TrendMonths);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var decided = await db.ReviewItems
            .Where(i => codes.Contains(i.CentreCode) && (i.Kind == ReviewKind.Course || i.Kind == ReviewKind.Roster) && i.DecidedDate >= firstMonth)
            .GroupBy(i => new { i.CentreCode, i.DecidedDate, Met = i.DecidedDate <= i.DueDate })
            .Select(g => new { g.Key.CentreCode, g.Key.DecidedDate, g.Key.Met, Count = g.Count() })
            .ToListAsync(ct);
        var load = await db.ReviewItems
            .Where(i => codes.Contains(i.CentreCode) && i.Outcome == null)
            .GroupBy(i => new { i.CentreCode, i.AssigneeId })
            .Select(g => new { g.Key.CentreCode, g.Key.AssigneeId, Open = g.Count(), Overdue = g.Count(i => i.DueDate < today) })
            .ToListAsync(ct);
        var assigneeIds = load.Where(l => l.AssigneeId != null).Select(l => l.AssigneeId!.Value).Distinct().ToList();
        var names = await db.Accounts.Where(a => assigneeIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.DisplayName, ct);

        return [.. backlog.Select(b =>
        {
            var trend = Enumerable.Range(0, TrendMonths).Select(m => firstMonth.AddMonths(m)).Select(month =>
            {
                var inMonth = decided.Where(d => d.CentreCode == b.CentreCode && d.DecidedDate is { } date
                    && date.Year == month.Year && date.Month == month.Month).ToList();
                return new CompliancePoint(Domain.RocDate.Year(month), month.Month, inMonth.Sum(d => d.Count), inMonth.Where(d => d.Met).Sum(d => d.Count));
            }).ToList();
            var reviewers = load.Where(l => l.CentreCode == b.CentreCode)
                .Select(l => new ReviewerLoad(l.AssigneeId is { } id ? names.GetValueOrDefault(id, "?") : null, l.Open, l.Overdue))
                .OrderBy(l => l.Name is null).ThenByDescending(l => l.Open).ToList();
            return new CentreOversight(b, trend, reviewers);
        })];
    }
}
