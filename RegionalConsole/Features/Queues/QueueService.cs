using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Features.Tags;

namespace RegionalConsole.Features.Queues;

/// <summary>The centre a queue page shows, the centres it may offer, and whether a requested one was refused.</summary>
public sealed record CentreChoice(QueueCentre? Centre, IReadOnlyList<QueueCentre> Choices, bool Refused);

/// <summary>
/// Reviewers' live work queues (SPEC §4, §6): one centre and kind at a time, filtered, sorted and paged in SQL,
/// and the claims and assignments that move items between reviewers. Scope is enforced here (SPEC §1).
/// </summary>
public sealed partial class QueueService(
    IDbContextFactory<ConsoleDbContext> contexts,
    CalendarService calendars,
    IQueueNotifier notifier,
    TimeProvider clock,
    SharedQueueReads shared,
    TagRegistryService tags)
{
    /// <summary>The centres whose queues the person may read, by code.</summary>
    public async Task<List<QueueCentre>> CentresAsync(ConsoleUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var codes = await db.ReadableCentresAsync(user.Scope, ct);
        var centres = await db.Centres.AsNoTracking().Where(c => codes.Contains(c.Code))
            .Select(c => new QueueCentre(c.Code, c.Name, c.SupervisorScope)).ToListAsync(ct);
        return [.. centres.OrderBy(c => c.Code, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The requested centre when the person may read it, else their first; a reviewer always gets their own, and
    /// a request for a centre outside the scope is refused rather than shown.
    /// </summary>
    public async Task<CentreChoice> ChooseCentreAsync(ConsoleUser user, string? requested, CancellationToken ct = default)
    {
        var choices = await CentresAsync(user, ct);
        if (string.IsNullOrWhiteSpace(requested))
        {
            return new CentreChoice(choices.FirstOrDefault(), choices, Refused: false);
        }

        var centre = choices.FirstOrDefault(c => string.Equals(c.Code, requested.Trim(), StringComparison.OrdinalIgnoreCase));
        return new CentreChoice(centre, choices, Refused: centre is null);
    }

    /// <summary>One page of a centre's queue. Throws <see cref="UnauthorizedAccessException"/> outside the person's scope.</summary>
    public async Task<QueuePage> PageAsync(ConsoleUser user, QueueQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await RequireReadAsync(db, user, query.CentreCode, ct);
        var calendar = await calendars.GetAsync(ct);
        var dates = SlaDueDates.On(Today, calendar, query.CentreCode);
        var items = db.Matching(query, user.AccountId, dates, await db.ItemsByCourseNoAsync(query, ct), await tags.GetAsync(ct));
        var size = Math.Clamp(query.PageSize, 1, 500);
        var skip = Math.Max(0, query.Page) * size;

        // One more than a page tells whether another follows without counting.
        var ids = query.Sort == QueueSort.QueueOrder && !query.Filter.IsDecidedView
            ? await QueueOrderIdsAsync(items, query.Filter.State, dates.Today, skip, size + 1, ct)
            : await items.SortedBy(query.Sort, query.Descending).Skip(skip).Take(size + 1).Select(i => i.Id).ToListAsync(ct);
        var hasMore = ids.Count > size;
        if (hasMore)
        {
            ids.RemoveAt(size);
        }

        int? total = query.Filter.FiltersText || query.Filter.IsDecidedView ? null : await items.CountAsync(ct);
        var rows = await RowsAsync(db, ids, dates, calendar, query.CentreCode, ct);
        return new QueuePage(rows, total, hasMore);
    }

    /// <summary>
    /// <see cref="PageAsync"/> for a reload caused by a change noticed at <paramref name="since"/>
    /// (<see cref="SharedQueueReads.Now"/>): one read serves every open queue asking the same, within the person's scope.
    /// </summary>
    public Task<QueuePage> PageAfterChangeAsync(ConsoleUser user, QueueQuery query, long since)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(query);
        // Only the "mine" view depends on who asks; the scope decides whether the centre may be read at all.
        var asker = query.Filter.Assignee == AssigneeFilter.Mine ? user.AccountId : 0;
        return shared.ReadAsync((nameof(PageAsync), user.Scope, asker, query), since, () => PageAsync(user, query));
    }

    /// <summary>Enabled reviewers of the centre, the people its items can be assigned to.</summary>
    public async Task<List<QueueReviewer>> ReviewersAsync(string centreCode, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Accounts.AsNoTracking()
            .Where(a => a.Enabled && a.Role == ConsoleRole.Reviewer && a.CentreCode == centreCode)
            .OrderBy(a => a.UserName)
            .Select(a => new QueueReviewer(a.Id, a.DisplayName, a.UserName))
            .ToListAsync(ct);
    }

    /// <summary><see cref="CountOpenAsync(ConsoleUser, CancellationToken)"/> after a change noticed at <paramref name="since"/>, shared by everyone of the same scope.</summary>
    public Task<QueueCounts> CountOpenAfterChangeAsync(ConsoleUser user, long since)
    {
        ArgumentNullException.ThrowIfNull(user);
        return shared.ReadAsync((nameof(CountOpenAsync), user.Scope), since, () => CountOpenAsync(user));
    }

    /// <summary>Open items per kind in the centres the person may read: the navigation badges.</summary>
    public async Task<QueueCounts> CountOpenAsync(ConsoleUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var centres = await db.ReadableCentresAsync(user.Scope, ct);
        ReviewKind[] kinds = [ReviewKind.Course, ReviewKind.Roster, ReviewKind.Cancellation];
        // Centre, kind and "undecided" are the queue index's first columns: the count reads the index only.
        var counts = await db.ReviewItems
            .Where(i => centres.Contains(i.CentreCode) && kinds.Contains(i.Kind) && i.Outcome == null)
            .GroupBy(i => i.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Kind, x => x.Count, ct);
        return new QueueCounts(
            counts.GetValueOrDefault(ReviewKind.Course),
            counts.GetValueOrDefault(ReviewKind.Roster),
            counts.GetValueOrDefault(ReviewKind.Cancellation));
    }

    private DateOnly Today => RocDate.TaipeiDate(clock.GetUtcNow().UtcDateTime);

    private static async Task<Centre> RequireReadAsync(ConsoleDbContext db, ConsoleUser user, string centreCode, CancellationToken ct)
    {
        var centre = await db.Centres.AsNoTracking().SingleOrDefaultAsync(c => c.Code == centreCode, ct);
        if (centre is null || !user.Scope.CanRead(centre.Code, centre.SupervisorScope))
        {
            throw new UnauthorizedAccessException($"{user.UserName} may not read the queues of centre {centreCode}.");
        }

        return centre;
    }

    /// <summary>
    /// SPEC §4's order as two index-ordered reads, overdue part first: each stops after a page, where one ORDER BY
    /// on "is overdue" would sort the centre's whole queue first.
    /// </summary>
    private static async Task<List<int>> QueueOrderIdsAsync(IQueryable<ReviewItem> items, QueueState state, DateOnly today,
        int skip, int take, CancellationToken ct)
    {
        var rest = items.NotOverduePart(today);
        if (state is QueueState.OnTrack or QueueState.DueSoon)
        {
            return await rest.Skip(skip).Take(take).Select(i => i.Id).ToListAsync(ct);
        }

        var overdue = items.OverduePart(today);
        var ids = await overdue.Skip(skip).Take(take).Select(i => i.Id).ToListAsync(ct);
        if (ids.Count == take || state == QueueState.Overdue)
        {
            return ids;
        }

        // The page reaches past the overdue part; where it starts in the rest needs the overdue count.
        var overdueCount = ids.Count > 0 || skip == 0 ? skip + ids.Count : await overdue.CountAsync(ct);
        ids.AddRange(await rest.Skip(Math.Max(0, skip - overdueCount)).Take(take - ids.Count).Select(i => i.Id).ToListAsync(ct));
        return ids;
    }

    private static async Task<List<QueueRow>> RowsAsync(ConsoleDbContext db, List<int> ids, SlaDueDates dates,
        Domain.Calendar.WorkingCalendar calendar, string centreCode, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var found = await db.ReviewItems.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new
        {
            i.Id,
            i.Kind,
            i.Course!.CourseNo,
            i.Title,
            i.OrganiserName,
            i.SubmittedAt,
            i.DueDate,
            i.CourseStart,
            i.IsUrgent,
            i.AssigneeId,
            AssigneeName = i.Assignee != null ? i.Assignee.DisplayName : null,
            i.ErrorCount,
            i.WarningCount,
            i.Outcome,
            i.DecidedAt,
        }).ToDictionaryAsync(i => i.Id, ct);

        var rows = new List<QueueRow>(ids.Count);
        foreach (var id in ids)
        {
            if (!found.TryGetValue(id, out var i))
            {
                continue;
            }

            var open = i.DecidedAt is null;
            rows.Add(new QueueRow(
                i.Id, i.Kind, i.CourseNo, i.Title, i.OrganiserName, i.SubmittedAt, i.DueDate,
                open ? calendar.WorkingDaysLeftIfKnown(dates.Today, i.DueDate, centreCode) : null,
                i.CourseStart, i.IsUrgent,
                open ? dates.StateOf(i.DueDate) : ReviewClock.StateOf(i.DueDate, i.DecidedAt, dates.Today, calendar, centreCode),
                i.AssigneeId, i.AssigneeName, i.ErrorCount, i.WarningCount, i.Outcome));
        }

        return rows;
    }
}
