using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Cancellations;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Features.Api;
using RegionalConsole.Features.Courses;
using RegionalConsole.Features.Queues;

namespace RegionalConsole.Features.Cancellations;

/// <summary>
/// Cancellations and postponements from partner systems (SPEC §5.5): refused (409) without notice to enrolled teachers
/// and nothing changes; accepted, the cancellation, the course's status, a review item for the centre and the audit
/// entry are stored together.
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
        var request = Read(body, now, errors);

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await IdempotencyReplay.FindAsync(db, caller, idempotencyKey, requestName, ct) is { } replay)
        {
            return replay;
        }

        var course = await db.Courses.Include(c => c.Organiser).SingleOrDefaultAsync(c => c.CourseNo == courseNo, ct);
        if (course is null)
        {
            return ApiProblems.NotFound($"查無課程 {courseNo}。");
        }

        if (!caller.MayActFor(course.OrganiserCode, course.Organiser?.CountyCode))
        {
            return ApiProblems.Forbidden($"此金鑰無權代理開課單位 {course.OrganiserCode}。");
        }

        if (request is null)
        {
            return ApiProblems.Invalid(errors);
        }

        var refusal = request.RefusalFor(course.EnrolledCount, course.Status == CourseStatus.Cancelled);
        if (refusal.AlreadyCancelled)
        {
            return ApiProblems.Conflict($"課程 {courseNo} 已停辦，不得重複停辦。");
        }

        if (refusal.Refused)
        {
            // 共同研討一 提案三: without the notice nothing changes; say exactly what is missing.
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "尚未完成報名教師通知",
                detail: string.Join(" ", refusal.Missing), extensions: new Dictionary<string, object?> { ["missing"] = refusal.Missing });
        }

        var version = await db.CourseVersions.SingleAsync(v => v.CourseId == course.Id && v.VersionNo == course.CurrentVersionNo, ct);
        var cancellation = new Cancellation
        {
            CourseId = course.Id,
            ReasonCategory = request.Category.ToString(),
            Reason = request.Reason,
            NotificationChannel = request.Notice?.Channel?.ToString(),
            NotifiedAt = request.Notice?.SentAtUtc,
            Recipients = request.Notice?.Recipients,
            EnrolledCount = course.EnrolledCount,
            SubmittedAt = now,
            SubmittedDate = RocDate.TaipeiDate(now),
            SubmittedBy = caller.Actor,
        };

        ReviewItem item;
        try
        {
            item = await reviewItems.CreateFollowUpAsync(ReviewKind.Cancellation, course, version, course.Organiser?.Name ?? course.OrganiserCode, now, 0, 0, ct);
        }
        catch (Domain.Calendar.CalendarNotLoadedException)
        {
            return CourseIntakeService.CalendarMissing(now);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var before = course.Status;
        course.Status = CourseStatus.Cancelled;
        db.Cancellations.Add(cancellation);
        await db.SaveChangesAsync(ct);
        item.CancellationId = cancellation.Id;
        db.ReviewItems.Add(item);
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

        notifier.Publish(new QueueChange(item.CentreCode, ReviewKind.Cancellation, item.Id, QueueChange.Submitted));
        return Results.Json(answer, json.Value.SerializerOptions, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>Bad input (400): category and reason are required, a notification's fields must be readable.</summary>
    private static CancellationRequest? Read(CancellationBody body, DateTime now, ApiErrors errors)
    {
        var category = errors.Enum<CancellationCategory>("reasonCategory", body.ReasonCategory);
        errors.Required("reason", body.Reason, 1000);
        CancellationNotice? notice = null;
        if (body.Notification is { } n)
        {
            var channel = errors.Enum<NotificationChannel>("notification.channel", n.Channel, required: false);
            DateTime? sentAt = null;
            if (!string.IsNullOrWhiteSpace(n.SentAt))
            {
                if (IsoInstant.TryParse(n.SentAt, out var parsed))
                {
                    sentAt = parsed;
                    if (parsed > now.AddMinutes(5))
                    {
                        errors.Add("notification.sentAt", "通知時間不得晚於現在。");
                    }
                }
                else
                {
                    errors.Add("notification.sentAt", "須為 ISO 8601 時間，例如 2026-11-20T09:00:00+08:00。");
                }
            }

            if (n.Recipients is < 0)
            {
                errors.Add("notification.recipients", "不得為負數。");
            }

            notice = new CancellationNotice(channel, sentAt, n.Recipients);
        }

        return errors.Any || category is null ? null : new CancellationRequest(category.Value, body.Reason!.Trim(), notice);
    }
}
