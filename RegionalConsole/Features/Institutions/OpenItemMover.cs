using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Administration;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Features.Queues;

namespace RegionalConsole.Features.Institutions;

/// <summary>Open items of organisers in one county, of one type (or one organiser), that move from one centre to another.</summary>
public sealed record ItemMove(string From, string To, int Items);

/// <summary>What a routing change does: organisers whose centre changes, open items that move, open items that stay.</summary>
/// <param name="ItemsStaying">Open items whose organiser becomes unrouted: they stay with the centre that has them (SPEC §2).</param>
public sealed record ReroutePlan(int Institutions, IReadOnlyList<ItemMove> Moves, int ItemsStaying)
{
    public int ItemsMoving => Moves.Sum(m => m.Items);
}

/// <summary>
/// Routes organisers again after the jurisdiction table or an organiser changed (SPEC §2): their centre, their live
/// courses' centre, and their open review items, which leave their assignee (a reviewer of the old centre), get due
/// dates by the new centre's calendar, and are audited one entry per item. Runs inside the caller's transaction;
/// the caller publishes <see cref="QueueChange"/>s after the commit.
/// </summary>
public sealed class OpenItemMover(DueDateRecalculator dueDates, CalendarService calendars, IQueueNotifier notifier, TimeProvider clock)
{
    internal const string Rerouted = "rerouted";

    /// <summary>The organisers a change concerns: the (county → new centre) of each county, within the filter.</summary>
    public sealed record Target(IQueryable<Institution> Organisers, Func<string, string?> NewCentreOfCounty)
    {
        /// <summary>One organiser, routed to <paramref name="centre"/> (null: unrouted) after its type or county changed.</summary>
        public static Target Organiser(ConsoleDbContext db, string code, string? centre) =>
            new(db.Institutions.Where(i => i.Code == code), _ => centre);
    }

    /// <summary>
    /// Saves the context's change to organiser <paramref name="code"/> and moves its open items to <paramref name="centre"/>
    /// in one transaction, then tells both centres' queues: what the institution sync does when an organiser's type or
    /// county changes, exactly as an administrator's edit (SPEC §13.2).
    /// </summary>
    public async Task SaveAndMoveAsync(ConsoleDbContext db, string code, string? centre, string actor, string reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        IReadOnlyList<(string Centre, ReviewKind Kind)> touched;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            touched = await ApplyAsync(db, Target.Organiser(db, code, centre), actor, reason, ct);
            await transaction.CommitAsync(ct);
        }

        Publish(notifier, touched);
    }

    public static async Task<ReroutePlan> PlanAsync(ConsoleDbContext db, Target target, CancellationToken ct)
    {
        var organisers = await target.Organisers.AsNoTracking()
            .GroupBy(i => new { i.CountyCode, i.CentreCode })
            .Select(g => new { g.Key.CountyCode, g.Key.CentreCode, Count = g.Count() })
            .ToListAsync(ct);
        var items = await (
                from item in db.ReviewItems.AsNoTracking()
                where item.Outcome == null
                join course in db.Courses on item.CourseId equals course.Id
                join organiser in target.Organisers on course.OrganiserCode equals organiser.Code
                group item by new { organiser.CountyCode, item.CentreCode } into g
                select new { g.Key.CountyCode, g.Key.CentreCode, Count = g.Count() })
            .ToListAsync(ct);
        var moves = items
            .Select(g => (g.CentreCode, To: Rerouting.MoveTarget(g.CentreCode, target.NewCentreOfCounty(g.CountyCode)), g.Count))
            .Where(g => g.To is not null)
            .GroupBy(g => (g.CentreCode, g.To!))
            .Select(g => new ItemMove(g.Key.CentreCode, g.Key.Item2, g.Sum(x => x.Count)))
            .OrderBy(m => m.From, StringComparer.Ordinal).ThenBy(m => m.To, StringComparer.Ordinal)
            .ToList();
        var staying = items.Where(g => target.NewCentreOfCounty(g.CountyCode) is null).Sum(g => g.Count);
        var changing = organisers.Where(g => !string.Equals(g.CentreCode, target.NewCentreOfCounty(g.CountyCode), StringComparison.Ordinal)).Sum(g => g.Count);
        return new ReroutePlan(changing, moves, staying);
    }

    /// <summary>Applies the change the plan describes; saves the context's pending changes first.</summary>
    public async Task<IReadOnlyList<(string Centre, ReviewKind Kind)>> ApplyAsync(ConsoleDbContext db, Target target, string actor, string reason, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var counties = await target.Organisers.Select(i => i.CountyCode).Distinct().ToListAsync(ct);
        var touched = new HashSet<(string, ReviewKind)>();
        var revision = Guid.NewGuid();
        foreach (var county in counties)
        {
            var centre = target.NewCentreOfCounty(county);
            var organisers = target.Organisers.Where(i => i.CountyCode == county);
            await organisers.Where(i => i.CentreCode != centre)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.CentreCode, centre).SetProperty(i => i.UpdatedAt, now), ct);
            if (centre is null)
            {
                continue; // unrouted: open items and courses stay where they are
            }

            var codes = organisers.Select(i => i.Code);
            await db.Courses
                .Where(c => codes.Contains(c.OrganiserCode) && c.CentreCode != centre
                    && c.Status != CourseStatus.Cancelled && c.Status != CourseStatus.Rejected)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.CentreCode, centre), ct);

            var moving = db.ReviewItems.Where(i => i.Outcome == null && i.CentreCode != centre
                && db.Courses.Any(c => c.Id == i.CourseId && codes.Contains(c.OrganiserCode)));
            var moved = await moving.Select(i => new { i.Id, i.CentreCode, i.Kind, i.AssigneeId }).ToListAsync(ct);
            foreach (var item in moved)
            {
                touched.Add((item.CentreCode, item.Kind));
                touched.Add((centre, item.Kind));
                db.AuditLog.Add(AuditEntry.Create(now, actor, "ReviewItemRerouted", nameof(ReviewItem),
                    item.Id.ToString(CultureInfo.InvariantCulture),
                    before: new { CentreCode = item.CentreCode, item.AssigneeId }, after: new { CentreCode = centre, AssigneeId = (int?)null }, reason: reason));
            }

            var ids = moved.Select(m => m.Id).ToList();
            foreach (var chunk in ids.Chunk(500))
            {
                await db.ReviewItems.Where(i => chunk.Contains(i.Id)).ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.CentreCode, centre)
                    .SetProperty(i => i.AssigneeId, (int?)null)
                    .SetProperty(i => i.Revision, revision), ct);
            }
        }

        await db.SaveChangesAsync(ct);
        var centres = touched.Select(t => t.Item1).Distinct().ToList();
        if (centres.Count > 0)
        {
            // A county centre's due dates follow its county's closures (SPEC §4): the new centre's calendar decides.
            await dueDates.RecalculateAsync(db, await calendars.GetAsync(ct), new DueDateScope(centres), actor, reason, ct);
        }

        return [.. touched];
    }

    /// <summary>Tells the queues of every centre that lost or gained items (after the commit).</summary>
    public static void Publish(IQueueNotifier notifier, IEnumerable<(string Centre, ReviewKind Kind)> touched)
    {
        foreach (var change in Changes(touched))
        {
            notifier.Publish(change);
        }
    }

    /// <summary>The queue change each centre that lost or gained items is told of.</summary>
    public static IEnumerable<QueueChange> Changes(IEnumerable<(string Centre, ReviewKind Kind)> touched) =>
        touched.Select(t => new QueueChange(t.Centre, t.Kind, 0, Rerouted));
}
