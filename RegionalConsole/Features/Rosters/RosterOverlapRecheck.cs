using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Rosters;

namespace RegionalConsole.Features.Rosters;

/// <summary>
/// ROSTER_OVERLAP checked again when a roster is approved (SPEC §13.2): hours issued and rosters sent since it arrived
/// may overlap where nothing did then, or an overlapping roster may have been returned meanwhile. The recomputed
/// findings replace the stored ones, the item's warning count follows, and a change is audited.
/// </summary>
public static class RosterOverlapRecheck
{
    internal const string AuditAction = "RosterOverlapRechecked";

    /// <summary>Runs inside the decision's context: what it changes is saved with the decision, or not at all.</summary>
    public static async Task RecheckAsync(ConsoleDbContext db, ReviewItem item, Course course, string actor, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(course);
        if (item.RosterId is not { } rosterId)
        {
            return;
        }

        var attendees = await db.RosterAttendees.AsNoTracking().Where(a => a.RosterId == rosterId)
            .Select(a => new { a.Index, a.NationalId, a.Hours }).ToListAsync(ct);
        var version = await db.CourseVersions.AsNoTracking()
            .SingleAsync(v => v.CourseId == course.Id && v.VersionNo == course.CurrentVersionNo, ct);
        var others = await RosterFacts.OtherCoursesAsync(db, course.Id, [.. attendees.Select(a => a.NationalId)], ct);
        // Only the courses matter here: Synced and the serving school feed checks that are not recomputed.
        var fresh = RosterChecker.Overlaps(await RosterFacts.CourseAsync(db, course, version, ct),
            [.. attendees.Select(a => new RosterAttendeeFacts(a.Index, a.NationalId, a.Hours, true, null, [.. others[a.NationalId]]))]);

        var stored = await db.RosterChecks.Where(c => c.RosterId == rosterId && c.Code == CheckCodes.RosterOverlap).ToListAsync(ct);
        var before = Describe(stored.Select(c => (c.AttendeeIndex, c.Message, c.Evidence)));
        var after = Describe(fresh.Select(c => (c.AttendeeIndex, c.Result.Message, c.Result.Evidence)));
        if (before.SequenceEqual(after, StringComparer.Ordinal))
        {
            return;
        }

        db.RosterChecks.RemoveRange(stored);
        db.RosterChecks.AddRange(fresh.Select(c => new RosterCheckResult
        {
            RosterId = rosterId,
            AttendeeIndex = c.AttendeeIndex,
            Code = c.Result.Code,
            Severity = c.Result.Severity,
            Message = c.Result.Message,
            Rule = c.Result.Rule,
            Evidence = c.Result.Evidence,
        }));
        item.WarningCount += fresh.Count - stored.Count;
        // Evidence names teachers by masked national ID only (SPEC §11), so it may stand in the audit log.
        db.AuditLog.Add(AuditEntry.Create(now, actor, AuditAction, nameof(Course), course.CourseNo,
            before: new { ItemId = item.Id, RosterId = rosterId, Overlaps = before },
            after: new { ItemId = item.Id, RosterId = rosterId, Overlaps = after }));
    }

    private static List<string> Describe(IEnumerable<(int? Index, string Message, string? Evidence)> checks) =>
        [.. checks.OrderBy(c => c.Index).ThenBy(c => c.Evidence, StringComparer.Ordinal)
            .Select(c => $"attendees[{c.Index}] {c.Message} {c.Evidence}")];
}
