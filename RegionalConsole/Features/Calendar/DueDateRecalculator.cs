using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Features.Operations;

namespace RegionalConsole.Features.Calendar;

/// <summary>
/// Which open items a change can move: those of <paramref name="CentreCodes"/> (null: every centre) whose review
/// window, the days after the submission date up to the due date, holds a day between <paramref name="From"/>
/// and <paramref name="To"/> (null: any day). A due date depends on no other day.
/// </summary>
public sealed record DueDateScope(IReadOnlyCollection<string>? CentreCodes, DateOnly? From = null, DateOnly? To = null)
{
    public static DueDateScope Everything { get; } = new(CentreCodes: null);
}

/// <summary>What a recomputation did: open items looked at, items whose due date moved, years it could not reach.</summary>
public sealed record DueDateRecalculation(int OpenItems, int Moved, IReadOnlyList<int> MissingYears)
{
    public static DueDateRecalculation None { get; } = new(0, 0, []);
}

/// <summary>
/// Recomputes the due dates of open review items after the calendar or a closure changed (SPEC §4): the due
/// date from the submission date, the queue's order date (the earlier of due date and course start) and the
/// urgent flag, with one audit entry per item that moved saying why.
/// </summary>
/// <remarks>
/// Items submitted to one centre on one date share a due date, so the work is done in SQL: one grouped read
/// finds the (centre, submission date, due date) groups, a few hundred however many items are open; centres
/// whose group moves between the same two dates form a batch, written with one INSERT … SELECT into the
/// audit log and one UPDATE, both seeking the queue index. 100,000 open items all moving take about 1.3 s on
/// SQLite (DueDateRecalculationBenchmark in the tests).
/// </remarks>
public sealed class DueDateRecalculator(
    IDbContextFactory<ConsoleDbContext> contexts,
    CalendarService calendars,
    TimeProvider clock,
    ILogger<DueDateRecalculator> logger)
{
    internal const string AuditAction = "DueDateRecomputed";

    private static readonly ReviewKind[] AllKinds = Enum.GetValues<ReviewKind>();

    /// <summary>
    /// Recomputes with the cached calendar, in a transaction of its own, for features that changed something
    /// else a due date depends on (if it was the calendar, report it with <see cref="ISharedStateNotifier"/> first).
    /// </summary>
    public async Task<DueDateRecalculation> RecalculateAsync(DueDateScope scope, string actor, string reason, CancellationToken ct = default)
    {
        var calendar = await calendars.GetAsync(ct);
        return await contexts.InTransactionAsync((db, token) => RecalculateAsync(db, calendar, scope, actor, reason, token), ct);
    }

    /// <summary>
    /// Recomputes inside the caller's context and transaction, so the change and its consequences commit
    /// together. Saves the context's pending changes first.
    /// </summary>
    public async Task<DueDateRecalculation> RecalculateAsync(ConsoleDbContext db, WorkingCalendar calendar,
        DueDateScope scope, string actor, string reason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(scope);
        using var activity = ConsoleInstruments.Activities.StartActivity("due_dates.recompute");
        await db.SaveChangesAsync(ct);

        // A county centre sees its county's closures; NATIONAL and K12EA see none (SPEC §4).
        var countyOfCentre = await db.Centres.AsNoTracking()
            .Select(c => new { c.Code, c.CountyCode })
            .ToDictionaryAsync(c => c.Code, c => c.CountyCode, StringComparer.Ordinal, ct);
        var open = db.ReviewItems.Where(i => i.Outcome == null);
        if (scope.CentreCodes is not null)
        {
            var centres = scope.CentreCodes.ToList();
            open = open.Where(i => centres.Contains(i.CentreCode));
        }

        if (scope.From is { } from)
        {
            open = open.Where(i => i.DueDate >= from);
        }

        if (scope.To is { } to)
        {
            open = open.Where(i => i.SubmittedDate < to);
        }

        // Grouped by the submission date first: led by CentreCode, SQLite would walk the queue index and look
        // up every row, twice as slow as the plain scan it picks for this order.
        var groups = await open
            .GroupBy(i => new { i.SubmittedDate, i.DueDate, i.CentreCode })
            .Select(g => new Group(g.Key.SubmittedDate, g.Key.DueDate, g.Key.CentreCode, g.Count()))
            .ToListAsync(ct);

        // Centres whose items submitted on one date move between the same due dates move in one batch.
        var missingYears = new SortedSet<int>();
        var batches = groups
            .Select(g => (Group: g, Due: DueDate(calendar, g.SubmittedDate, countyOfCentre.GetValueOrDefault(g.CentreCode), missingYears)))
            .Where(m => m.Due is { } due && due != m.Group.DueDate)
            .GroupBy(m => (m.Group.SubmittedDate, OldDue: m.Group.DueDate, NewDue: m.Due!.Value), m => m.Group.CentreCode)
            .ToList();

        var audit = new AuditInsert(db);
        var now = clock.GetUtcNow().UtcDateTime;
        var moved = 0;
        await using var cache = await SqlitePageCache.EnlargeAsync(db, ct);
        foreach (var batch in batches)
        {
            var (submitted, oldDue, newDue) = batch.Key;
            var centres = batch.ToList();
            var entry = AuditEntry.Create(now, actor, AuditAction, nameof(ReviewItem), "",
                before: new { DueDate = oldDue }, after: new { DueDate = newDue }, reason: reason);
            await audit.ForBatchAsync(entry, centres, AllKinds, submitted, oldDue, ct);

            // Kind IN (every kind) lets SQLite seek the queue index (centre, kind, outcome, due date) exactly.
            // SPEC §4: order date = the earlier of due date and course start; urgent = the course starts by the due date.
            // Roster and cancellation items follow a course already decided: ordered by due date, never urgent. This is
            // QueuePlace in SQL, so that a whole day's items move in one statement.
            moved += await db.ReviewItems
                .Where(i => i.Outcome == null && centres.Contains(i.CentreCode) && AllKinds.Contains(i.Kind)
                    && i.SubmittedDate == submitted && i.DueDate == oldDue)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.DueDate, newDue)
                    .SetProperty(i => i.OrderDate, i => i.Kind == ReviewKind.Course && i.CourseStart < newDue ? i.CourseStart : newDue)
                    .SetProperty(i => i.IsUrgent, i => i.Kind == ReviewKind.Course && i.CourseStart <= newDue), ct);
        }

        if (missingYears.Count > 0)
        {
            logger.LogWarning("Due dates of some open items were left as they were: the office calendar of {Years} is not imported.", string.Join(", ", missingYears));
        }

        return new DueDateRecalculation(groups.Sum(g => g.Count), moved, [.. missingYears]);
    }

    private static DateOnly? DueDate(WorkingCalendar calendar, DateOnly submitted, string? countyCode, SortedSet<int> missingYears)
    {
        try
        {
            return calendar.ReviewDueDate(submitted, countyCode);
        }
        catch (CalendarNotLoadedException ex)
        {
            // Left as it was rather than guessed; the administrator is told which year to import.
            missingYears.Add(ex.Year ?? submitted.Year);
            return null;
        }
    }

    /// <summary>
    /// SQLite keeps 2 MB of pages per connection; moving 100,000 items rewrites a queue index and a table
    /// several times that size, and page spills would double the time. Enlarged for the recomputation only.
    /// </summary>
    private sealed class SqlitePageCache(ConsoleDbContext? db) : IAsyncDisposable
    {
        private const string Large = "PRAGMA cache_size = -65536";
        private const string Default = "PRAGMA cache_size = -2000";

        public static async Task<SqlitePageCache> EnlargeAsync(ConsoleDbContext db, CancellationToken ct)
        {
            if (!db.Database.IsSqlite())
            {
                return new SqlitePageCache(null);
            }

            await db.Database.ExecuteSqlRawAsync(Large, ct);
            return new SqlitePageCache(db);
        }

        public async ValueTask DisposeAsync()
        {
            if (db is not null)
            {
                await db.Database.ExecuteSqlRawAsync(Default);
            }
        }
    }

    private sealed record Group(DateOnly SubmittedDate, DateOnly DueDate, string CentreCode, int Count);
}
