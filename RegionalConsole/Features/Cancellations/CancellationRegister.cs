using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Cancellations;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.Cancellations;

/// <summary>What the register shows; <paramref name="From"/> and <paramref name="To"/> are Taipei dates of submission, inclusive.</summary>
public sealed record CancellationFilter(DateOnly? From = null, DateOnly? To = null, CancellationCategory? Category = null, string? CentreCode = null);

/// <summary>One cancellation with its course and the state of its review (null outcome: not yet checked).</summary>
public sealed record CancellationRow(
    int Id,
    string CourseNo,
    string Title,
    string CentreCode,
    string OrganiserName,
    string ReasonCategory,
    string Reason,
    string? NotificationChannel,
    DateTime? NotifiedAt,
    int? Recipients,
    int EnrolledCount,
    DateTime SubmittedAt,
    DateOnly SubmittedDate,
    int? ReviewItemId,
    ReviewOutcome? ReviewOutcome);

public sealed record CancellationPage(IReadOnlyList<CancellationRow> Rows, int Total);

/// <summary>
/// The cancellation register (SPEC §5.5): reviewers check it, statistics count it. <see cref="Query"/> is the one
/// query both use, so a statistic or an export counts exactly what the register lists.
/// </summary>
public sealed class CancellationRegister(IDbContextFactory<ConsoleDbContext> contexts)
{
    /// <summary>Cancellations of courses reviewed by <paramref name="centres"/>, filtered, newest first.</summary>
    public static IQueryable<CancellationRow> Query(ConsoleDbContext db, IReadOnlyCollection<string> centres, CancellationFilter filter) =>
        Query(db, centres, filter, cancellationId: null);

    private static IQueryable<CancellationRow> Query(ConsoleDbContext db, IReadOnlyCollection<string> centres, CancellationFilter filter, int? cancellationId)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Cancellations.AsNoTracking().Where(c => centres.Contains(c.Course!.CentreCode));
        if (cancellationId is { } only)
        {
            query = query.Where(c => c.Id == only);
        }

        if (filter.From is { } from)
        {
            query = query.Where(c => c.SubmittedDate >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(c => c.SubmittedDate <= to);
        }

        if (filter.Category is { } category)
        {
            var name = category.ToString();
            query = query.Where(c => c.ReasonCategory == name);
        }

        if (filter.CentreCode is { } centre)
        {
            query = query.Where(c => c.Course!.CentreCode == centre);
        }

        // The review item joined, not looked up per row: two sub-queries a cancellation read the whole ReviewItems
        // table for each one (issue #18: > 120 s at 1,000,000 courses). A cancellation has at most one review item
        // (unique index on CancellationId), so the join lists each cancellation once, as before.
        return
            from c in query
            from i in db.ReviewItems.Where(i => i.CancellationId == c.Id).DefaultIfEmpty()
            orderby c.SubmittedAt descending, c.Id descending
            select new CancellationRow(
                c.Id,
                c.Course!.CourseNo,
                c.Course.Title,
                c.Course.CentreCode,
                c.Course.Organiser!.Name,
                c.ReasonCategory,
                c.Reason,
                c.NotificationChannel,
                c.NotifiedAt,
                c.Recipients,
                c.EnrolledCount,
                c.SubmittedAt,
                c.SubmittedDate,
                i == null ? (int?)null : i.Id,
                i == null ? null : i.Outcome);
    }

    public async Task<CancellationPage> PageAsync(ConsoleUser user, CancellationFilter filter, int skip, int take, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var centres = await db.ReadableCentresAsync(user.Scope, ct);
        var query = Query(db, centres, filter);
        return new CancellationPage(await query.Skip(skip).Take(take).ToListAsync(ct), await query.CountAsync(ct));
    }

    /// <summary>Every row the register lists for the person and filter, streamed (the export reads it).</summary>
    public async IAsyncEnumerable<CancellationRow> RowsAsync(ConsoleUser user, CancellationFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var centres = await db.ReadableCentresAsync(user.Scope, ct);
        await foreach (var row in Query(db, centres, filter).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    /// <summary>The cancellation a cancellation review item is about, when the person may read it.</summary>
    public async Task<CancellationRow?> ForItemAsync(ConsoleUser user, int itemId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var cancellationId = await db.ReviewItems.Where(i => i.Id == itemId).Select(i => i.CancellationId).SingleOrDefaultAsync(ct);
        if (cancellationId is not { } id)
        {
            return null;
        }

        var centres = await db.ReadableCentresAsync(user.Scope, ct);
        return await Query(db, centres, new CancellationFilter(), id).SingleOrDefaultAsync(ct);
    }

    /// <summary>The centres the person may filter by (SPEC §1 scope).</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> CentresAsync(ConsoleUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var codes = await db.ReadableCentresAsync(user.Scope, ct);
        var centres = await db.Centres.AsNoTracking().Where(c => codes.Contains(c.Code)).OrderBy(c => c.Code)
            .Select(c => new { c.Code, c.Name }).ToListAsync(ct);
        return [.. centres.Select(c => (c.Code, c.Name))];
    }
}
