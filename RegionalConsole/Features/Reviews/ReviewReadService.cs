using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Calendar;

namespace RegionalConsole.Features.Reviews;

/// <summary>
/// Reads the review screen (SPEC §6) in a handful of untracked queries, scope-checked: reviewers of the item's
/// centre, the supervisor over it, administrators.
/// </summary>
public sealed class ReviewReadService(IDbContextFactory<ConsoleDbContext> contexts, CalendarService calendar, TimeProvider clock)
{
    public async Task<ReviewLoad> LoadAsync(ConsoleUser user, int itemId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var item = await db.ReviewItems.AsNoTracking()
            .Include(i => i.Course!).ThenInclude(c => c.Organiser)
            .SingleOrDefaultAsync(i => i.Id == itemId, ct);
        if (item?.Course is not { } course)
        {
            return new ReviewLoad(ReviewLoadStatus.NotFound);
        }

        var centre = await db.Centres.AsNoTracking().Where(c => c.Code == item.CentreCode)
            .Select(c => new { c.Name, c.SupervisorScope }).SingleAsync(ct);
        if (!user.Scope.CanRead(item.CentreCode, centre.SupervisorScope))
        {
            return new ReviewLoad(ReviewLoadStatus.Forbidden);
        }

        var versions = await db.CourseVersions.AsNoTracking().Where(v => v.CourseId == course.Id).OrderBy(v => v.VersionNo)
            .Select(v => new VersionSummary(v.Id, v.VersionNo, v.SubmittedAt, v.Title, v.ErrorCount, v.WarningCount))
            .ToListAsync(ct);
        var items = await db.ReviewItems.AsNoTracking().Include(i => i.Decisions).Where(i => i.CourseId == course.Id)
            .OrderBy(i => i.SubmittedAt).ThenBy(i => i.Id).ToListAsync(ct);
        var reviewed = versions.Single(v => item.CourseVersionId is { } id ? v.Id == id : v.VersionNo == course.CurrentVersionNo);
        var (comparedId, comparedWasDecided) = CompareWith(reviewed, versions, items);

        var ids = comparedId is { } c ? new[] { reviewed.Id, c } : [reviewed.Id];
        var full = await db.CourseVersions.AsNoTracking().Include(v => v.Segments).Include(v => v.Checks).AsSplitQuery()
            .Where(v => ids.Contains(v.Id)).ToListAsync(ct);
        foreach (var version in full)
        {
            version.Segments.Sort((a, b) => a.Index.CompareTo(b.Index));
            version.Checks.Sort((a, b) => a.Id.CompareTo(b.Id));
        }

        var thisItem = items.Single(i => i.Id == item.Id);
        thisItem.Course = course;
        var audit = await AuditAsync(db, course.CourseNo, items, ct);
        var (people, actors) = await PeopleAsync(db, items, audit, ct);
        var history = new ReviewHistory(versions, items, audit, people, actors);
        var mayWork = user.Scope.CanWork(item.CentreCode);
        return new ReviewLoad(ReviewLoadStatus.Found, new ReviewScreen(
            thisItem,
            course,
            centre.Name,
            full.Single(v => v.Id == reviewed.Id),
            full.SingleOrDefault(v => v.Id == comparedId),
            comparedWasDecided,
            await SlaAsync(thisItem, ct),
            history,
            CanDecide: mayWork && thisItem.Outcome is null,
            MayWork: mayWork));
    }

    /// <summary>The latest course review item of a course, for <c>/courses/{courseNo}</c>; scope-checked like the item.</summary>
    public async Task<(ReviewLoadStatus Status, int? ItemId)> LatestItemAsync(ConsoleUser user, string courseNo, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var latest = await db.ReviewItems.AsNoTracking()
            .Where(i => i.Course!.CourseNo == courseNo && i.Kind == ReviewKind.Course)
            .OrderByDescending(i => i.SubmittedAt).ThenByDescending(i => i.Id)
            .Select(i => new { i.Id, i.CentreCode })
            .FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return (ReviewLoadStatus.NotFound, null);
        }

        var supervisorScope = await db.Centres.Where(c => c.Code == latest.CentreCode).Select(c => c.SupervisorScope).SingleAsync(ct);
        return user.Scope.CanRead(latest.CentreCode, supervisorScope)
            ? (ReviewLoadStatus.Found, latest.Id)
            : (ReviewLoadStatus.Forbidden, null);
    }

    /// <summary>
    /// The diff's baseline (SPEC §3: the reviewer sees what changed since the decision): the latest version before
    /// the reviewed one that has a decision; failing that, the version just before it.
    /// </summary>
    internal static (int? VersionId, bool Decided) CompareWith(VersionSummary reviewed, IReadOnlyList<VersionSummary> versions, IReadOnlyList<ReviewItem> items)
    {
        var decided = items.Where(i => i.Outcome is not null && i.CourseVersionId is not null).Select(i => i.CourseVersionId!.Value).ToHashSet();
        var earlier = versions.Where(v => v.VersionNo < reviewed.VersionNo).OrderByDescending(v => v.VersionNo).ToList();
        if (earlier.FirstOrDefault(v => decided.Contains(v.Id)) is { } lastDecided)
        {
            return (lastDecided.Id, true);
        }

        return (earlier.FirstOrDefault()?.Id, false);
    }

    private static async Task<IReadOnlyList<AuditEntry>> AuditAsync(ConsoleDbContext db, string courseNo, IReadOnlyList<ReviewItem> items, CancellationToken ct)
    {
        var itemIds = items.Select(i => i.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        return await db.AuditLog.AsNoTracking()
            .Where(a => (a.EntityType == nameof(Course) && a.EntityId == courseNo)
                || (a.EntityType == nameof(ReviewItem) && itemIds.Contains(a.EntityId)))
            .OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(ct);
    }

    private static async Task<(IReadOnlyDictionary<int, string> People, IReadOnlyDictionary<string, string> Actors)> PeopleAsync(
        ConsoleDbContext db, IReadOnlyList<ReviewItem> items, IReadOnlyList<AuditEntry> audit, CancellationToken ct)
    {
        var ids = items.SelectMany(i => i.Decisions.Select(d => (int?)d.DecidedById).Append(i.DecidedById).Append(i.AssigneeId))
            .OfType<int>().Concat(audit.SelectMany(AuditWords.AccountIds)).Distinct().ToList();
        var actors = audit.Select(a => a.Actor).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id) || actors.Contains(a.UserName))
            .Select(a => new { a.Id, a.UserName, a.DisplayName }).ToListAsync(ct);
        return (accounts.ToDictionary(a => a.Id, a => a.DisplayName), accounts.ToDictionary(a => a.UserName, a => a.DisplayName, StringComparer.Ordinal));
    }

    private async Task<ReviewSla> SlaAsync(ReviewItem item, CancellationToken ct)
    {
        var today = ReviewClock.TaipeiToday(clock);
        try
        {
            var days = await calendar.GetAsync(ct);
            return new ReviewSla(item.DueDate, ReviewClock.StateOf(item.DueDate, item.DecidedAt, today, days, item.CentreCode),
                item.Outcome is null ? days.WorkingDaysLeft(today, item.DueDate, item.CentreCode) : null, item.IsUrgent);
        }
        catch (CalendarNotLoadedException)
        {
            // A year without an imported calendar: still show the stored due date, without working days left.
            var state = item.DecidedAt is { } at
                ? (RocDate.TaipeiDate(at) <= item.DueDate ? SlaState.Met : SlaState.Breached)
                : today > item.DueDate ? SlaState.Overdue : SlaState.OnTrack;
            return new ReviewSla(item.DueDate, state, null, item.IsUrgent);
        }
    }
}
