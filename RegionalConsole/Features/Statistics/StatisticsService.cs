using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Statistics;
using RegionalConsole.Features.Calendar;

namespace RegionalConsole.Features.Statistics;

/// <summary>
/// The statistics of SPEC §9, each one SQL aggregate (GROUP BY) over the centres a person may read (SPEC §1): rows
/// are counted in the database, never loaded. Where a statistic needs the working calendar (SLA state, working days
/// to decision), SQL groups by the dates involved and the few groups are classified here.
/// </summary>
public sealed partial class StatisticsService(
    IDbContextFactory<ConsoleDbContext> contexts,
    CalendarService calendars,
    TimeProvider clock)
{
    /// <summary>The SLA covers the review of courses and rosters (第11條第8款: 課程及名單審核).</summary>
    private static readonly ReviewKind[] SlaKinds = [ReviewKind.Course, ReviewKind.Roster];

    public DateOnly Today => RocDate.TaipeiDate(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The centres the filter names that the person may read. A centre or county outside the person's scope is
    /// refused (<see cref="UnauthorizedAccessException"/>), not silently shown as empty.
    /// </summary>
    public async Task<StatisticsScope> ScopeAsync(ConsoleUser user, StatisticsFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var readable = await db.ReadableCentresAsync(user.Scope, ct);
        var centres = (await db.Centres.AsNoTracking().Where(c => readable.Contains(c.Code))
                .Select(c => new StatisticsCentre(c.Code, c.Name, c.CountyCode)).ToListAsync(ct))
            .OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        if (filter.Centre is { } code)
        {
            centres = [.. centres.Where(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase))];
            if (centres.Count == 0)
            {
                throw new UnauthorizedAccessException($"{user.UserName} may not read the statistics of centre {code}.");
            }
        }

        if (filter.County is { } county)
        {
            centres = [.. centres.Where(c => c.CountyCode == county)];
            if (centres.Count == 0)
            {
                throw new UnauthorizedAccessException($"{user.UserName} may not read the statistics of county {county}.");
            }
        }

        return new StatisticsScope(filter, centres,
            AllCentres: user.Role == ConsoleRole.Administrator && filter.Centre is null && filter.County is null);
    }

    /// <summary>
    /// Every statistic of the page, for the whole-page workbook. The queries are independent and each reads on its own
    /// context, so they run side by side: SQLite's provider executes commands synchronously, hence each on the thread
    /// pool, and in WAL mode readers do not wait for each other; on PostgreSQL each runs without parallel workers
    /// (<see cref="PostgresSettings"/>). The heaviest start first.
    /// </summary>
    public async Task<StatisticsReport> ReportAsync(StatisticsScope scope, int caseFileRows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var generatedAt = clock.GetUtcNow().UtcDateTime;
        var tags = Task.Run(() => TagsAsync(scope, ct), ct);
        var caseFile = Task.Run(() => CaseFileAsync(scope, caseFileRows, ct), ct);
        var decided = Task.Run(() => DecidedGroupsAsync(scope, ct), ct);
        var countyHours = Task.Run(() => CountyHoursAsync(scope, ct), ct);
        var preschoolHours = Task.Run(() => PreschoolHoursAsync(scope, ct), ct);
        var cancellations = Task.Run(() => CancellationsAsync(scope, ct), ct);
        var backlog = Task.Run(() => BacklogAsync(scope, ct), ct);
        var calendar = await calendars.GetAsync(ct);
        var groups = await decided;
        return new(scope, generatedAt, await backlog, Compliance(scope, groups), DecisionTimes(scope, groups, calendar),
            await tags, await cancellations, await countyHours, await preschoolHours, await caseFile);
    }

    /// <summary>Open items per centre today by SLA state; the period does not apply (a backlog is now).</summary>
    public async Task<List<BacklogRow>> BacklogAsync(StatisticsScope scope, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await ReadAsync(ct);
        // Centre, kind, outcome and due date lead the queue index: this reads the index only.
        var groups = await db.ReviewItems.InCentres(scope).Where(i => i.Outcome == null)
            .GroupBy(i => new { i.CentreCode, i.DueDate })
            .Select(g => new { g.Key.CentreCode, g.Key.DueDate, Count = g.Count() })
            .ToListAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        var today = Today;
        return [.. scope.Centres.Select(c =>
        {
            // Due soon depends on the centre's county closures (SPEC §4).
            var dates = SlaDueDates.On(today, calendar, c.CountyCode);
            var counts = groups.Where(g => g.CentreCode == c.Code)
                .GroupBy(g => dates.StateOf(g.DueDate))
                .ToDictionary(s => s.Key, s => s.Sum(g => g.Count));
            return new BacklogRow(c.Code, c.Name, counts.GetValueOrDefault(SlaState.OnTrack),
                counts.GetValueOrDefault(SlaState.DueSoon), counts.GetValueOrDefault(SlaState.Overdue));
        })];
    }

    /// <summary>Courses and rosters decided per centre and month of decision, and how many on or before their due date.</summary>
    public async Task<List<ComplianceRow>> ComplianceAsync(StatisticsScope scope, CancellationToken ct = default) =>
        Compliance(scope, await DecidedGroupsAsync(scope, ct));

    /// <summary>
    /// Median working days from submission to decision per centre (SPEC §4), from counts grouped by submission and
    /// decision date; the last row is all the centres together.
    /// </summary>
    public async Task<List<DecisionTimeRow>> DecisionTimesAsync(StatisticsScope scope, CancellationToken ct = default)
    {
        var groups = await DecidedGroupsAsync(scope, ct);
        return DecisionTimes(scope, groups, await calendars.GetAsync(ct));
    }

    private static List<ComplianceRow> Compliance(StatisticsScope scope, List<DecidedGroup> groups)
    {
        // One pass over the groups (tens of thousands on a national year), not one per centre and month.
        var totals = new Dictionary<(string Centre, int Month), (int Decided, int Met)>();
        foreach (var g in groups)
        {
            var key = (g.CentreCode, g.DecidedDate.Month);
            var (decided, met) = totals.GetValueOrDefault(key);
            totals[key] = (decided + g.Count, g.DecidedDate <= g.DueDate ? met + g.Count : met);
        }

        var rows = new List<ComplianceRow>();
        foreach (var centre in scope.Centres)
        {
            for (var month = scope.Filter.FromMonth; month <= scope.Filter.ToMonth; month++)
            {
                var (decided, met) = totals.GetValueOrDefault((centre.Code, month));
                rows.Add(new ComplianceRow(centre.Code, centre.Name, month, decided, met));
            }
        }

        return rows;
    }

    private static List<DecisionTimeRow> DecisionTimes(StatisticsScope scope, List<DecidedGroup> groups, WorkingCalendar calendar)
    {
        var byCentre = groups.ToLookup(g => g.CentreCode);
        var days = scope.Centres.ToDictionary(c => c.Code, c => byCentre[c.Code]
            .Select(g => (Value: calendar.WorkingDaysBetween(g.SubmittedDate, g.DecidedDate, c.CountyCode), g.Count)).ToList());
        var rows = scope.Centres.Select(c => new DecisionTimeRow(c.Code, c.Name, days[c.Code].Sum(d => d.Count), GroupedMedian.Of(days[c.Code]))).ToList();
        if (scope.Centres.Count > 1)
        {
            var all = days.Values.SelectMany(d => d).ToList();
            rows.Add(new DecisionTimeRow("", "合計", all.Sum(d => d.Count), GroupedMedian.Of(all)));
        }

        return rows;
    }

    private (StatisticsScope Scope, Task<List<DecidedGroup>> Groups)? _decided;

    private sealed record DecidedGroup(string CentreCode, DateOnly SubmittedDate, DateOnly DueDate, DateOnly DecidedDate, int Count);

    /// <summary>
    /// Decided courses and rosters in the period, counted per centre, submission, due and decision date. Compliance and
    /// working days read the same groups: one query per scope and request, shared even when the page asks for both at once.
    /// </summary>
    private Task<List<DecidedGroup>> DecidedGroupsAsync(StatisticsScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (_decided is { } cached && cached.Scope == scope)
        {
            return cached.Groups;
        }

        var groups = ReadDecidedGroupsAsync(scope, ct);
        _decided = (scope, groups);
        return groups;
    }

    private async Task<List<DecidedGroup>> ReadDecidedGroupsAsync(StatisticsScope scope, CancellationToken ct)
    {
        DateOnly? from = scope.Filter.From, until = scope.Filter.Until;
        await using var db = await ReadAsync(ct);
        // Grouped in the statistics index's column order, so SQLite groups as it reads the index.
        var groups = await db.ReviewItems.InCentres(scope)
            .Where(i => i.DecidedDate >= from && i.DecidedDate < until && SlaKinds.Contains(i.Kind))
            .GroupBy(i => new { i.DecidedDate, i.CentreCode, i.SubmittedDate, i.DueDate })
            .Select(g => new { g.Key.CentreCode, g.Key.SubmittedDate, g.Key.DueDate, g.Key.DecidedDate, Count = g.Count() })
            .ToListAsync(ct);
        return [.. groups.Select(g => new DecidedGroup(g.CentreCode, g.SubmittedDate, g.DueDate, g.DecidedDate!.Value, g.Count))];
    }
}

/// <summary>The centre condition of a statistics query, left out when the scope is every centre.</summary>
internal static class StatisticsScopeQueries
{
    public static IQueryable<ReviewItem> InCentres(this IQueryable<ReviewItem> items, StatisticsScope scope)
    {
        var codes = scope.Codes;
        return scope.AllCentres ? items : items.Where(i => codes.Contains(i.CentreCode));
    }

    public static IQueryable<Course> InCentres(this IQueryable<Course> courses, StatisticsScope scope)
    {
        var codes = scope.Codes;
        return scope.AllCentres ? courses : courses.Where(c => codes.Contains(c.CentreCode));
    }

    public static IQueryable<StudyRecord> InCentres(this IQueryable<StudyRecord> records, StatisticsScope scope)
    {
        var codes = scope.Codes;
        return scope.AllCentres ? records : records.Where(r => codes.Contains(r.CentreCode));
    }
}
