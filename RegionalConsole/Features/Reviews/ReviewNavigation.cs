using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.Reviews;

/// <summary>
/// Moves through a centre's queue from the review screen (SPEC §6: the next item opens after deciding): the open items
/// of the same centre and kind in queue order (<see cref="ReviewQueueOrder"/>). A reviewer skips items a colleague holds.
/// </summary>
public sealed class ReviewNavigation(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider clock)
{
    /// <summary>
    /// The open item after (or before) <paramref name="fromItemId"/> in queue order, wrapping round at the end;
    /// null when no other item is open.
    /// </summary>
    public async Task<int?> NeighbourAsync(ConsoleUser user, int fromItemId, bool backwards = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var from = await db.ReviewItems.AsNoTracking().Where(i => i.Id == fromItemId)
            .Select(i => new { i.CentreCode, i.Kind, Position = new QueuePosition(i.Id, i.DueDate, i.OrderDate, i.SubmittedAt) })
            .SingleOrDefaultAsync(ct);
        if (from is null)
        {
            return null;
        }

        var supervisorScope = await db.Centres.Where(c => c.Code == from.CentreCode).Select(c => c.SupervisorScope).SingleAsync(ct);
        if (!user.Scope.CanRead(from.CentreCode, supervisorScope))
        {
            return null;
        }

        var today = ReviewClock.TaipeiToday(clock);
        var me = user.AccountId;
        var open = db.ReviewItems.AsNoTracking()
            .Where(i => i.CentreCode == from.CentreCode && i.Kind == from.Kind && i.Outcome == null && i.Id != from.Position.Id);
        if (user.Role == ConsoleRole.Reviewer)
        {
            open = open.Where(i => i.AssigneeId == null || i.AssigneeId == me);
        }

        var beyond = open.Where(backwards ? ReviewQueueOrder.Before(from.Position, today) : ReviewQueueOrder.After(from.Position, today));
        return await FirstAsync(beyond, today, backwards, ct) ?? await FirstAsync(open, today, backwards, ct);
    }

    private static Task<int?> FirstAsync(IQueryable<ReviewItem> items, DateOnly today, bool backwards, CancellationToken ct) =>
        (backwards ? items.InReverseQueueOrder(today) : items.InQueueOrder(today)).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
}
