using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Courses;
using RegionalConsole.Features.Tags;

namespace RegionalConsole.Features.Reviews;

/// <summary>
/// What a decision does to its course beyond the item (SPEC §13.2), added to the decision's own context so that both are
/// saved together: an approval confirms the declared tags the reviewer left standing; a returned cancellation gives the
/// course back the status it had, and a course review that the cancellation withdrew opens again with a new clock.
/// </summary>
public sealed class DecisionCourseEffects(TagRegistryService tags, ReviewItemFactory reviewItems)
{
    /// <summary>Confirms, as the approving reviewer, every declared tag of the version nobody removed (statistics and the exchange count them).</summary>
    public async Task ConfirmTagsAsync(ConsoleDbContext db, ConsoleUser user, ReviewItem item, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(item);
        if (item.CourseVersionId is not { } versionId)
        {
            return;
        }

        var declared = await db.CourseVersions.Where(v => v.Id == versionId).Select(v => v.Tags).SingleAsync(ct);
        var reviews = await db.TagReviews.Where(r => r.CourseVersionId == versionId)
            .ToDictionaryAsync(r => r.TagName, r => r.State, StringComparer.Ordinal, ct);
        var confirmed = TagReviews.ConfirmedByApproval(declared, reviews, await tags.GetAsync(ct));
        if (confirmed.Count == 0)
        {
            return;
        }

        db.TagReviews.AddRange(confirmed.Select(name => new TagReview
        {
            CourseVersionId = versionId,
            TagName = name,
            State = TagReviewState.Confirmed,
            ReviewerId = user.AccountId,
            At = now,
        }));
        db.AuditLog.Add(AuditEntry.Create(now, user.UserName, "TagsConfirmedByApproval", nameof(ReviewItem),
            item.Id.ToString(CultureInfo.InvariantCulture),
            after: new { Tags = confirmed, State = TagReviewState.Confirmed, CourseVersionId = versionId }));
    }

    /// <summary>
    /// The cancellation of <paramref name="item"/> was returned: the course is restored; answers the course review
    /// opened again when the cancellation had withdrawn one (the course was pending review), else null.
    /// </summary>
    public async Task<ReviewItem?> RestoreAsync(ConsoleDbContext db, ConsoleUser user, ReviewItem item, Course course, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(course);
        var cancellation = await db.Cancellations.SingleAsync(c => c.Id == item.CancellationId, ct);
        var before = course.Status;
        if (course.RestoreAfterReturnedCancellation(cancellation) != CourseRefusal.None)
        {
            return null;
        }

        db.AuditLog.Add(AuditEntry.Create(now, user.UserName, "CourseRestored", nameof(Course), course.CourseNo,
            before: new { Status = before }, after: new { course.Status, CancellationId = cancellation.Id }));
        var withdrawn = await db.ReviewItems.AnyAsync(i => i.CourseId == course.Id && i.Kind == ReviewKind.Course && i.Outcome == ReviewOutcome.Withdrawn, ct);
        if (course.Status != CourseStatus.PendingReview || !withdrawn
            || await db.ReviewItems.AnyAsync(i => i.CourseId == course.Id && i.Kind == ReviewKind.Course && i.Outcome == null, ct))
        {
            return null;
        }

        var version = await db.CourseVersions.AsNoTracking().SingleAsync(v => v.CourseId == course.Id && v.VersionNo == course.CurrentVersionNo, ct);
        var reopened = await reviewItems.CreateAsync(course, version, item.OrganiserName, now, ct);
        db.ReviewItems.Add(reopened);
        db.AuditLog.Add(AuditEntry.Create(now, user.UserName, "CourseReviewReopened", nameof(Course), course.CourseNo,
            after: new { Version = version.VersionNo, reopened.DueDate }));
        return reopened;
    }
}
