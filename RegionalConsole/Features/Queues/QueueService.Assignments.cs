using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.Queues;

public enum AssignmentStatus
{
    Done,
    NotFound,

    /// <summary>Outside the person's scope (another centre, or read-only); nothing changed.</summary>
    Forbidden,

    /// <summary>Another reviewer holds the item (<see cref="AssignmentResult.HolderName"/>); nothing changed.</summary>
    AlreadyClaimed,
    AlreadyDecided,

    /// <summary>The chosen person is not an enabled reviewer of the item's centre.</summary>
    NotAReviewerOfTheCentre,
}

/// <summary>What became of a claim or assignment; <see cref="HolderName"/> is who holds the item afterwards.</summary>
public sealed record AssignmentResult(int ItemId, AssignmentStatus Status, string? HolderName = null)
{
    public bool Succeeded => Status == AssignmentStatus.Done;
}

public sealed partial class QueueService
{
    /// <summary>Takes the item for oneself. Two claims at once: the first wins, the second hears who holds it.</summary>
    public Task<AssignmentResult> ClaimAsync(ConsoleUser user, int itemId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return ChangeAssigneeAsync(user, itemId, user.AccountId, claim: true, ct);
    }

    /// <summary>Gives the item to a reviewer of its centre.</summary>
    public Task<AssignmentResult> AssignAsync(ConsoleUser user, int itemId, int assigneeId, CancellationToken ct = default) =>
        ChangeAssigneeAsync(user, itemId, assigneeId, claim: false, ct);

    /// <summary>Returns the item to the unassigned pool.</summary>
    public Task<AssignmentResult> UnassignAsync(ConsoleUser user, int itemId, CancellationToken ct = default) =>
        ChangeAssigneeAsync(user, itemId, null, claim: false, ct);

    /// <summary>Assigns each item on its own: one refused or taken meanwhile does not hold back the others.</summary>
    public async Task<IReadOnlyList<AssignmentResult>> BulkAssignAsync(ConsoleUser user, IEnumerable<int> itemIds, int assigneeId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        var results = new List<AssignmentResult>();
        foreach (var id in itemIds.Distinct())
        {
            results.Add(await AssignAsync(user, id, assigneeId, ct));
        }

        return results;
    }

    private async Task<AssignmentResult> ChangeAssigneeAsync(ConsoleUser user, int itemId, int? assigneeId, bool claim, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var item = await db.ReviewItems.SingleOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null)
        {
            return new AssignmentResult(itemId, AssignmentStatus.NotFound);
        }

        var supervisorScope = await db.Centres.Where(c => c.Code == item.CentreCode).Select(c => c.SupervisorScope).SingleAsync(ct);
        var holderBefore = await PersonAsync(db, item.AssigneeId, ct);
        var holderAfter = claim ? null : await PersonAsync(db, assigneeId, ct);
        var unchanged = item.AssigneeId == assigneeId;
        // A claimant's own scope is checked by the claim (a reviewer of the centre, or an administrator).
        var refusal = claim
            ? item.Claim(user.Scope, user.AccountId)
            : item.Assign(user.Scope, user.AccountId, supervisorScope, assigneeId, holderAfter is { Role: ConsoleRole.Reviewer, Enabled: true }
                && string.Equals(holderAfter.CentreCode, item.CentreCode, StringComparison.Ordinal));
        if (refusal != AssignmentRefusal.None)
        {
            return await RefusedAsync(db, item.Id, refusal, ct);
        }

        holderAfter ??= await PersonAsync(db, assigneeId, ct);
        if (unchanged)
        {
            return new AssignmentResult(itemId, AssignmentStatus.Done, holderAfter?.DisplayName);
        }

        var what = claim ? QueueChange.Claimed : assigneeId is null ? QueueChange.Unassigned : QueueChange.Assigned;
        db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, AuditAction(what), nameof(ReviewItem),
            item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            before: new { item.Kind, AssigneeId = holderBefore?.Id, Assignee = holderBefore?.UserName },
            after: new { item.Kind, AssigneeId = holderAfter?.Id, Assignee = holderAfter?.UserName }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed the item between our read and our write: they won; report what they left.
            db.ChangeTracker.Clear();
            var now = await db.ReviewItems.AsNoTracking().Where(i => i.Id == itemId)
                .Select(i => new { i.Outcome, i.AssigneeId }).SingleAsync(ct);
            var status = now.Outcome is not null ? AssignmentStatus.AlreadyDecided : AssignmentStatus.AlreadyClaimed;
            return new AssignmentResult(itemId, status, (await PersonAsync(db, now.AssigneeId, ct))?.DisplayName);
        }

        notifier.Publish(new QueueChange(item.CentreCode, item.Kind, item.Id, what));
        return new AssignmentResult(itemId, AssignmentStatus.Done, holderAfter?.DisplayName);
    }

    private static async Task<AssignmentResult> RefusedAsync(ConsoleDbContext db, int itemId, AssignmentRefusal refusal, CancellationToken ct)
    {
        if (refusal == AssignmentRefusal.HeldByAnother)
        {
            var holder = await db.ReviewItems.Where(i => i.Id == itemId).Select(i => i.Assignee!.DisplayName).SingleAsync(ct);
            return new AssignmentResult(itemId, AssignmentStatus.AlreadyClaimed, holder);
        }

        return new AssignmentResult(itemId, refusal switch
        {
            AssignmentRefusal.Decided => AssignmentStatus.AlreadyDecided,
            AssignmentRefusal.NotAReviewerOfTheCentre => AssignmentStatus.NotAReviewerOfTheCentre,
            _ => AssignmentStatus.Forbidden,
        });
    }

    private static Task<Account?> PersonAsync(ConsoleDbContext db, int? accountId, CancellationToken ct) =>
        accountId is { } id ? db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) : Task.FromResult<Account?>(null);

    private static string AuditAction(string what) => what switch
    {
        QueueChange.Claimed => "ReviewClaimed",
        QueueChange.Unassigned => "ReviewUnassigned",
        _ => "ReviewAssigned",
    };
}
