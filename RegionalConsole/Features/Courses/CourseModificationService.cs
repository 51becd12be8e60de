using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;
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
    CourseCheckRunner checks,
    CourseIntakeService intake,
    ReviewItemFactory reviewItems,
    CourseAnswerReader answers,
    PartnerWrites writes,
    TimeProvider clock)
{
    public async Task<PartnerWriteResult> ModifyAsync(ApiCaller caller, string courseNo, CourseBody body, string? idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new ApiErrors();
        if (CourseBodyReader.Read(body, errors, RocDate.TaipeiDate(clock.GetUtcNow())) is not { } draft)
        {
            return Refusal.Invalid(errors);
        }

        return await writes.RunOnCourseAsync(new PartnerRequest(caller, $"PUT /api/v1/courses/{courseNo}", idempotencyKey), courseNo,
            (write, course) => ModifyAsync(write, course, draft, body, ct), ct);
    }

    private async Task<Outcome<WriteAnswer>> ModifyAsync(PartnerWrite write, Course course, CourseDraft draft, CourseBody body, CancellationToken ct)
    {
        var (db, now) = (write.Db, write.Now);
        var errors = new ApiErrors();
        if (draft.OrganiserCode != course.OrganiserCode)
        {
            return Refusal.Invalid("organiserCode", ApiMessages.OrganiserUnchangeable(course.OrganiserCode));
        }

        var change = body.Change is { } changeBody ? CancellationReader.Read(changeBody, now, errors, "change.") : null;
        if (errors.Any)
        {
            return Refusal.Invalid(errors);
        }

        if (await intake.TryDueDateAsync(course.CentreCode, now, ct) is null)
        {
            return Refusal.CalendarMissing(now);
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
            return Refusal.Conflict(ApiMessages.CourseCancelledNotModifiable(course.CourseNo));
        }

        if (refusal.Refused)
        {
            // SPEC §13.2: a postponement without its reason and notice changes nothing.
            return Refusal.NoticeMissing(refusal.Missing);
        }

        await write.BeginAsync(ct);
        db.CourseVersions.Add(version);
        // The version's id, which the review item follows.
        await db.SaveChangesAsync(ct);

        var open = await db.ReviewItems.SingleOrDefaultAsync(i => i.CourseId == course.Id && i.Kind == ReviewKind.Course && i.Outcome == null, ct);
        string action;
        if (open is not null)
        {
            await reviewItems.FollowAsync(open, version, ct);
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
        db.AuditLog.Add(AuditEntry.Create(now, write.Caller.Actor, action, nameof(Course), course.CourseNo, before,
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
        // The review item's id, for the queues, and what the answer reads back.
        await db.SaveChangesAsync(ct);
        var standing = await answers.StandingAsync(db, [course.Id], ct);
        var answer = standing[course.Id].Complete(CourseAnswers.FromReport(report, course.CourseNo, course.CentreCode, course.Status, open.DueDate,
            version.VersionNo)) with
        { Warnings = (await CentreStaffing.ReadAsync(db, ct)).WarningsFor(course.CentreCode) };
        write.Notify(new QueueChange(open.CentreCode, ReviewKind.Course, open.Id, QueueChange.Submitted));
        return WriteAnswer.Changed(answer);
    }
}
