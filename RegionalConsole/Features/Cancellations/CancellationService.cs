using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Api;
using RegionalConsole.Features.Courses;
using RegionalConsole.Features.Queues;

namespace RegionalConsole.Features.Cancellations;

/// <summary>
/// Cancellations from partner systems (SPEC §5.5): refused (409) without notice to enrolled teachers and nothing
/// changes; accepted, the cancellation, the course's status, a review item for the centre, the withdrawal of a course
/// review still open (SPEC §13.2) and the audit entries are stored together. A postponement is a modification.
/// </summary>
public sealed class CancellationService(ReviewItemFactory reviewItems, PartnerWrites writes)
{
    public Task<PartnerWriteResult> SubmitAsync(ApiCaller caller, string courseNo, CancellationBody body, string? idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return writes.RunOnCourseAsync(new PartnerRequest(caller, $"POST /api/v1/courses/{courseNo}/cancellation", idempotencyKey), courseNo,
            (write, course) => CancelAsync(write, course, body, ct), ct);
    }

    private async Task<Outcome<WriteAnswer>> CancelAsync(PartnerWrite write, Course course, CancellationBody body, CancellationToken ct)
    {
        var (db, now, actor) = (write.Db, write.Now, write.Caller.Actor);
        var errors = new ApiErrors();
        if (CancellationReader.Read(body, now, errors) is not { } request)
        {
            return Refusal.Invalid(errors);
        }

        var version = await db.CourseVersions.SingleAsync(v => v.CourseId == course.Id && v.VersionNo == course.CurrentVersionNo, ct);
        var before = course.Status;
        var (cancellation, refusal) = course.Cancel(request, now, actor);
        if (refusal.AlreadyCancelled)
        {
            return Refusal.Conflict(ApiMessages.CourseAlreadyCancelled(course.CourseNo));
        }

        if (cancellation is null)
        {
            // 共同研討一 提案三: without the notice nothing changes; say exactly what is missing.
            return Refusal.NoticeMissing(refusal.Missing);
        }

        ReviewItem item;
        try
        {
            item = await reviewItems.CreateFollowUpAsync(ReviewKind.Cancellation, course, version, course.Organiser?.Name ?? course.OrganiserCode, now, 0, 0, ct);
        }
        catch (Domain.Calendar.CalendarNotLoadedException)
        {
            return Refusal.CalendarMissing(now);
        }

        // SPEC §13.2: a course review still open is withdrawn; the cancellation review takes its place.
        var withdrawn = await db.ReviewItems.SingleOrDefaultAsync(i => i.CourseId == course.Id && i.Kind == ReviewKind.Course && i.Outcome == null, ct);
        await write.BeginAsync(ct);
        db.Cancellations.Add(cancellation);
        // The cancellation's id, which its review item carries.
        await db.SaveChangesAsync(ct);
        item.CancellationId = cancellation.Id;
        db.ReviewItems.Add(item);
        if (withdrawn?.Withdraw(now) == DecisionRefusal.None)
        {
            db.AuditLog.Add(AuditEntry.Create(now, actor, "ReviewWithdrawn", nameof(ReviewItem),
                withdrawn.Id.ToString(CultureInfo.InvariantCulture),
                before: new { Outcome = (ReviewOutcome?)null, withdrawn.DueDate },
                after: new { withdrawn.Outcome, course.CourseNo, CancellationId = cancellation.Id },
                reason: cancellation.Reason));
            write.Notify(new QueueChange(withdrawn.CentreCode, ReviewKind.Course, withdrawn.Id, QueueChange.Decided));
        }

        db.AuditLog.Add(AuditEntry.Create(now, actor, "CourseCancelled", nameof(Course), course.CourseNo,
            before: new { Status = before },
            after: new { course.Status, cancellation.ReasonCategory, cancellation.NotificationChannel, cancellation.Recipients, course.EnrolledCount },
            reason: cancellation.Reason));
        // The review item's id, for the queues.
        await db.SaveChangesAsync(ct);
        write.Notify(new QueueChange(item.CentreCode, ReviewKind.Cancellation, item.Id, QueueChange.Submitted));
        return WriteAnswer.Created(new CancellationAnswer(course.CourseNo, course.Status.ToString(), cancellation.Id, cancellation.ReasonCategory,
            cancellation.Reason,
            request.Notice is { } n ? new NotificationAnswer(n.Channel?.ToString(), n.SentAtUtc, n.Recipients) : null,
            course.CentreCode, item.DueDate));
    }
}
