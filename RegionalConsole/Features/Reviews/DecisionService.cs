using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Mail;
using RegionalConsole.Features.Operations;
using RegionalConsole.Features.Queues;

namespace RegionalConsole.Features.Reviews;

public enum DecisionStatus
{
    Decided,
    NotFound,

    /// <summary>Outside the person's scope (another centre, or read-only); nothing changed.</summary>
    Forbidden,

    /// <summary>Someone decided first; the result says who, when and what. Nothing changed.</summary>
    AlreadyDecided,

    ReasonRequired,
    OverrideReasonRequired,

    /// <summary>The organiser sent a new version since the reviewer opened the item; nothing changed.</summary>
    VersionChanged,
}

/// <summary>What became of a decision; for <see cref="DecisionStatus.AlreadyDecided"/> the decision that stands.</summary>
public sealed record DecisionResult(int ItemId, DecisionStatus Status, ReviewOutcome? Outcome = null, string? DecidedBy = null, DateTime? DecidedAt = null)
{
    public bool Succeeded => Status == DecisionStatus.Decided;
}

/// <summary>
/// Records a reviewer's decision (SPEC §3, §5, §13.2): the item, the course's status, the decision, what it does to the
/// course (<see cref="DecisionCourseEffects"/>, hours issued) and the audit entries are saved together or not at all.
/// Two decisions at once: optimistic concurrency on <see cref="ReviewItem.Revision"/> lets the first win; the second
/// reads the item again and is told who decided. The organiser's notice (<see cref="DecisionMail"/>) goes into the
/// outbox in the same save: no decision without its mail, no mail without its decision.
/// </summary>
public sealed class DecisionService(IDbContextFactory<ConsoleDbContext> contexts, IQueueNotifier notifier, DecisionMail mail, MailOutbox outbox,
    DecisionCourseEffects effects, TimeProvider clock, ConsoleInstruments instruments)
{
    // A claim or a new version may change the item between our read and our write; a few rounds settle it.
    private const int Attempts = 3;

    /// <param name="seenVersionId">The course version the reviewer was shown; a newer one refuses the decision.</param>
    public async Task<DecisionResult> DecideAsync(ConsoleUser user, int itemId, ReviewDecision decision, int? seenVersionId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(decision);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryDecideAsync(user, itemId, decision, seenVersionId, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Someone changed the item meanwhile: judge again on what is there now; a decision there wins.
            }
        }
    }

    private async Task<DecisionResult> TryDecideAsync(ConsoleUser user, int itemId, ReviewDecision decision, int? seenVersionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var item = await db.ReviewItems.Include(i => i.Course).SingleOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null)
        {
            return new DecisionResult(itemId, DecisionStatus.NotFound);
        }

        var refusal = item.RefusalToDecide(decision, user.Scope);
        if (refusal == DecisionRefusal.OutOfScope)
        {
            return new DecisionResult(itemId, DecisionStatus.Forbidden);
        }

        if (refusal == DecisionRefusal.AlreadyDecided)
        {
            return await StandingDecisionAsync(db, item, ct);
        }

        if (seenVersionId is { } seen && seen != item.CourseVersionId)
        {
            return new DecisionResult(itemId, DecisionStatus.VersionChanged);
        }

        if (refusal != DecisionRefusal.None)
        {
            return new DecisionResult(itemId, refusal == DecisionRefusal.ReasonRequired ? DecisionStatus.ReasonRequired : DecisionStatus.OverrideReasonRequired);
        }

        var course = item.Course!;
        var now = clock.GetUtcNow().UtcDateTime;
        var overrideReason = decision.RecordedOverride(item.ErrorCount);
        var overridden = overrideReason is null ? [] : item.Kind == ReviewKind.Roster
            ? await db.RosterChecks.Where(c => c.RosterId == item.RosterId && c.Severity == CheckSeverity.Error)
                .OrderBy(c => c.Id).Select(c => c.Code).Distinct().ToListAsync(ct)
            : await db.CheckResults
                .Where(c => c.CourseVersionId == item.CourseVersionId && c.Severity == CheckSeverity.Error)
                .OrderBy(c => c.Id).Select(c => c.Code).ToListAsync(ct);
        var before = new { item.Outcome, CourseStatus = course.Status };

        item.Decide(decision, user.Scope, user.AccountId, now);
        ReviewItem? reopened = null;
        switch (item.Kind, decision.Outcome)
        {
            case (ReviewKind.Course, _):
                course.Decide(decision.Outcome);
                if (decision.Outcome == ReviewOutcome.Approved)
                {
                    await effects.ConfirmTagsAsync(db, user, item, now, ct);
                }

                break;
            case (ReviewKind.Roster, ReviewOutcome.Approved) when item.RosterId is { } rosterId:
                await Rosters.RosterOverlapRecheck.RecheckAsync(db, item, course, user.UserName, now, ct);
                await IssueHoursAsync(db, user, item, course, rosterId, now, ct);
                break;
            case (ReviewKind.Cancellation, ReviewOutcome.Returned):
                reopened = await effects.RestoreAsync(db, user, item, course, now, ct);
                break;
        }

        db.AuditLog.Add(AuditEntry.Create(now, user.UserName, AuditAction(decision.Outcome), nameof(ReviewItem),
            item.Id.ToString(CultureInfo.InvariantCulture),
            before: before,
            after: new
            {
                item.Outcome,
                CourseStatus = course.Status,
                course.CourseNo,
                item.CourseVersionId,
                OverriddenChecks = overridden,
                OverrideReason = overrideReason,
            },
            reason: decision.Reason ?? overrideReason));
        await mail.AddAsync(db, item, course, decision.Outcome, decision.Reason, user, now, ct);
        await db.SaveChangesAsync(ct);
        instruments.Decided(item.Kind, decision.Outcome);
        outbox.Wake();
        notifier.Publish(new QueueChange(item.CentreCode, item.Kind, item.Id, QueueChange.Decided));
        if (reopened is not null)
        {
            notifier.Publish(new QueueChange(reopened.CentreCode, ReviewKind.Course, reopened.Id, QueueChange.Submitted));
        }

        return new DecisionResult(itemId, DecisionStatus.Decided, decision.Outcome, user.DisplayName, now);
    }

    /// <summary>
    /// 核發時數 (SPEC §3 step 4): one study record per attendee of the approved roster, saved with the decision. A
    /// returned roster issues nothing; a roster sent again is a new roster whose approval issues its own records.
    /// </summary>
    private static async Task IssueHoursAsync(ConsoleDbContext db, ConsoleUser user, ReviewItem item, Course course, int rosterId,
        DateTime now, CancellationToken ct)
    {
        var attendees = await db.RosterAttendees.AsNoTracking().Where(a => a.RosterId == rosterId).OrderBy(a => a.Index).ThenBy(a => a.Id).ToListAsync(ct);
        var county = await db.Institutions.Where(i => i.Code == course.OrganiserCode).Select(i => i.CountyCode).SingleAsync(ct);
        db.StudyRecords.AddRange(course.IssueHours(rosterId, attendees, county, now));
        db.AuditLog.Add(AuditEntry.Create(now, user.UserName, "HoursIssued", nameof(Course), course.CourseNo,
            after: new { ItemId = item.Id, RosterId = rosterId, Teachers = attendees.Count, TotalHours = attendees.Sum(a => a.Hours) }));
    }

    private static async Task<DecisionResult> StandingDecisionAsync(ConsoleDbContext db, ReviewItem item, CancellationToken ct)
    {
        var decidedBy = item.DecidedById is { } id
            ? await db.Accounts.Where(a => a.Id == id).Select(a => a.DisplayName).SingleOrDefaultAsync(ct)
            : null;
        return new DecisionResult(item.Id, DecisionStatus.AlreadyDecided, item.Outcome, decidedBy, item.DecidedAt);
    }

    private static string AuditAction(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Approved => "ReviewApproved",
        ReviewOutcome.Returned => "ReviewReturned",
        ReviewOutcome.Rejected => "ReviewRejected",
        _ => "ReviewWithdrawn",
    };
}
