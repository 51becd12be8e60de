using System.Globalization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Data;
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
public sealed class CancellationService(
    IDbContextFactory<ConsoleDbContext> contexts,
    ReviewItemFactory reviewItems,
    IOptions<JsonOptions> json,
    IQueueNotifier notifier,
    TimeProvider clock)
{
    public async Task<IResult> SubmitAsync(ApiCaller caller, string courseNo, CancellationBody body, string? idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(body);
        var now = clock.GetUtcNow().UtcDateTime;
        var requestName = $"POST /api/v1/courses/{courseNo}/cancellation";
        var errors = new ApiErrors();
        var request = CancellationReader.Read(body, now, errors);

        await using var db = await contexts.CreateDbContextAsync(ct);
        var (course, opening) = await PartnerCourseWrite.OpenAsync(db, caller, courseNo, idempotencyKey, requestName, ct);
        if (course is null)
        {
            return opening!;
        }

        if (request is null)
        {
            return ApiProblems.Invalid(errors);
        }

        var version = await db.CourseVersions.SingleAsync(v => v.CourseId == course.Id && v.VersionNo == course.CurrentVersionNo, ct);
        var before = course.Status;
        var (cancellation, refusal) = course.Cancel(request, now, caller.Actor);
        if (refusal.AlreadyCancelled)
        {
            return ApiProblems.Conflict($"課程 {courseNo} 已停辦，不得重複停辦。");
        }

        if (cancellation is null)
        {
            // 共同研討一 提案三: without the notice nothing changes; say exactly what is missing.
            return CancellationReader.NoticeMissing(refusal.Missing);
        }

        ReviewItem item;
        try
        {
            item = await reviewItems.CreateFollowUpAsync(ReviewKind.Cancellation, course, version, course.Organiser?.Name ?? course.OrganiserCode, now, 0, 0, ct);
        }
        catch (Domain.Calendar.CalendarNotLoadedException)
        {
            return CourseIntakeService.CalendarMissing(now);
        }

        // SPEC §13.2: a course review still open is withdrawn; the cancellation review takes its place.
        var withdrawn = await db.ReviewItems.SingleOrDefaultAsync(i => i.CourseId == course.Id && i.Kind == ReviewKind.Course && i.Outcome == null, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Cancellations.Add(cancellation);
        await db.SaveChangesAsync(ct);
        item.CancellationId = cancellation.Id;
        db.ReviewItems.Add(item);
        if (withdrawn?.Withdraw(now) == DecisionRefusal.None)
        {
            db.AuditLog.Add(AuditEntry.Create(now, caller.Actor, "ReviewWithdrawn", nameof(ReviewItem),
                withdrawn.Id.ToString(CultureInfo.InvariantCulture),
                before: new { Outcome = (ReviewOutcome?)null, withdrawn.DueDate },
                after: new { withdrawn.Outcome, course.CourseNo, CancellationId = cancellation.Id },
                reason: cancellation.Reason));
        }

        db.AuditLog.Add(AuditEntry.Create(now, caller.Actor, "CourseCancelled", nameof(Course), course.CourseNo,
            before: new { Status = before },
            after: new { course.Status, cancellation.ReasonCategory, cancellation.NotificationChannel, cancellation.Recipients, course.EnrolledCount },
            reason: cancellation.Reason));
        var answer = new CancellationAnswer(course.CourseNo, course.Status.ToString(), cancellation.Id, cancellation.ReasonCategory,
            cancellation.Reason,
            request.Notice is { } n ? new NotificationAnswer(n.Channel?.ToString(), n.SentAtUtc, n.Recipients) : null,
            course.CentreCode, item.DueDate);
        IdempotencyReplay.Add(db, caller, idempotencyKey, requestName, 201, null, answer, json.Value.SerializerOptions, now);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // A concurrent twin with the same Idempotency-Key won: answer what it answered.
            await transaction.RollbackAsync(ct);
            await using var fresh = await contexts.CreateDbContextAsync(ct);
            return await IdempotencyReplay.FindAsync(fresh, caller, idempotencyKey, requestName, ct)
                ?? throw new InvalidOperationException("Idempotency conflict without a stored answer.");
        }

        if (withdrawn?.Outcome == ReviewOutcome.Withdrawn)
        {
            notifier.Publish(new QueueChange(withdrawn.CentreCode, ReviewKind.Course, withdrawn.Id, QueueChange.Decided));
        }

        notifier.Publish(new QueueChange(item.CentreCode, ReviewKind.Cancellation, item.Id, QueueChange.Submitted));
        return Results.Json(answer, json.Value.SerializerOptions, statusCode: StatusCodes.Status201Created);
    }
}
