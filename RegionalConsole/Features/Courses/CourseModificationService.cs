using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Features.Accounts;
using RegionalConsole.Features.Api;
using RegionalConsole.Features.Cancellations;
using RegionalConsole.Features.Queues;

namespace RegionalConsole.Features.Courses;

/// <summary>
/// PUT /api/v1/courses/{courseNo}: a new version. While undecided, the open item follows the new version and keeps its
/// clock; after a decision (or a return) it is a new submission with a new clock (管理規定第11條第8款; SPEC §3, §4). New
/// dates or schedule of an approved course with enrolled teachers are a postponement: the body's <c>change</c> carries
/// the reason and notice a cancellation would, or nothing changes (SPEC §13.2).
/// </summary>
public sealed class CourseModificationService(
    IDbContextFactory<ConsoleDbContext> contexts,
    CourseCheckRunner checks,
    CourseIntakeService intake,
    ReviewItemFactory reviewItems,
    CourseAnswerReader answers,
    IOptions<JsonOptions> json,
    IQueueNotifier notifier,
    TimeProvider clock)
{
    public async Task<IResult> ModifyAsync(ApiCaller caller, string courseNo, CourseBody body, string? idempotencyKey, CancellationToken ct)
    {
        var errors = new ApiErrors();
        if (CourseBodyReader.Read(body, errors, RocDate.TaipeiDate(clock.GetUtcNow())) is not { } draft)
        {
            return ApiProblems.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var request = $"PUT /api/v1/courses/{courseNo}";
        var (course, opening) = await PartnerCourseWrite.OpenAsync(db, caller, courseNo, idempotencyKey, request, ct);
        if (course is null)
        {
            return opening!;
        }

        if (draft.OrganiserCode != course.OrganiserCode)
        {
            return ApiProblems.Invalid("organiserCode", $"課程的開課單位為 {course.OrganiserCode}，不得變更。");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var change = body.Change is { } changeBody ? CancellationReader.Read(changeBody, now, errors, "change.") : null;
        if (errors.Any)
        {
            return ApiProblems.Invalid(errors);
        }

        if (await intake.TryDueDateAsync(course.CentreCode, now, ct) is null)
        {
            return CourseIntakeService.CalendarMissing(now);
        }

        var current = await db.CourseVersions.AsNoTracking().Include(v => v.Segments)
            .SingleAsync(v => v.CourseId == course.Id && v.VersionNo == course.CurrentVersionNo, ct);
        var report = await checks.RunAsync(db, draft, course.Id, ct);
        var before = new { course.Status, Version = course.CurrentVersionNo, course.Title, course.StartDate, course.EndDate };
        var version = CourseVersion.From(draft, report, course.CurrentVersionNo + 1, now);
        var postponed = Postponement.NeedsNotice(course.Status, course.EnrolledCount, current.Timing(), version.Timing());
        var refusal = course.Modify(current, version, change);
        if (refusal.Refusal == CourseRefusal.Cancelled)
        {
            return ApiProblems.Conflict($"課程 {courseNo} 已停辦，不得修改。");
        }

        if (refusal.Refused)
        {
            // SPEC §13.2: a postponement without its reason and notice changes nothing.
            return CancellationReader.NoticeMissing(refusal.Missing);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.CourseVersions.Add(version);
        await db.SaveChangesAsync(ct);

        var open = await db.ReviewItems.SingleOrDefaultAsync(i => i.CourseId == course.Id && i.Kind == ReviewKind.Course && i.Outcome == null, ct);
        string action;
        if (open is not null)
        {
            open.FollowVersion(version);
            action = "CourseModifiedWhilePending";
        }
        else
        {
            open = await reviewItems.CreateAsync(course, version, course.Organiser!.Name, now, ct);
            db.ReviewItems.Add(open);
            action = postponed ? "CoursePostponed" : before.Status == CourseStatus.Returned ? "CourseResubmitted" : "CourseModifiedAfterDecision";
        }

        // A PUT carries the whole course: a contact it leaves out is no longer the course's contact.
        course.TakeContact(draft.Contact);
        db.AuditLog.Add(AuditEntry.Create(now, caller.Actor, action, nameof(Course), courseNo, before,
            new
            {
                course.Status,
                Version = version.VersionNo,
                course.Title,
                course.StartDate,
                course.EndDate,
                Change = change is null ? null : new
                {
                    ReasonCategory = change.Category.ToString(),
                    NotificationChannel = change.Notice?.Channel?.ToString(),
                    NotifiedAt = change.Notice?.SentAtUtc,
                    change.Notice?.Recipients,
                },
            },
            reason: change?.Reason));
        await db.SaveChangesAsync(ct);
        var standing = await answers.StandingAsync(db, [course.Id], ct);
        var answer = standing[course.Id].Complete(CourseAnswers.FromReport(report, courseNo, course.CentreCode, course.Status, open.DueDate, version.VersionNo))
            with
        { Warnings = (await CentreStaffing.ReadAsync(db, ct)).WarningsFor(course.CentreCode) };
        IdempotencyReplay.Add(db, caller, idempotencyKey, request, 200, null, answer, json.Value.SerializerOptions, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        notifier.Publish(new QueueChange(open.CentreCode, ReviewKind.Course, open.Id, QueueChange.Submitted));
        return Results.Ok(answer);
    }
}
