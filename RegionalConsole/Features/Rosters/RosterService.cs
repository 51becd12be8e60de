using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Rosters;
using RegionalConsole.Features.Api;
using RegionalConsole.Features.Cancellations;
using RegionalConsole.Features.Courses;
using RegionalConsole.Features.Queues;

namespace RegionalConsole.Features.Rosters;

/// <summary>
/// Rosters (研習教師名單) from partner systems after a course ends (SPEC §3 step 3, §5.6): validated whole, checked,
/// and stored with a roster review item in the centre's queue, or not at all. A roster sent again after a decision
/// is a new submission with a new clock (第11條第8款); the earlier one and its decision stay.
/// </summary>
public sealed class RosterService(ReviewItemFactory reviewItems, PartnerWrites writes)
{
    public Task<PartnerWriteResult> SubmitAsync(ApiCaller caller, string courseNo, RosterBody body, string? idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return writes.RunOnCourseAsync(new PartnerRequest(caller, $"POST /api/v1/courses/{courseNo}/roster", idempotencyKey), courseNo,
            (write, course) => TakeAsync(write, course, body, ct), ct);
    }

    private async Task<Outcome<WriteAnswer>> TakeAsync(PartnerWrite write, Course course, RosterBody body, CancellationToken ct)
    {
        var (db, now) = (write.Db, write.Now);
        var version = await db.CourseVersions.AsNoTracking()
            .SingleAsync(v => v.CourseId == course.Id && v.VersionNo == course.CurrentVersionNo, ct);
        var lines = (body.Attendees ?? []).Select(a => new RosterLine(a?.NationalId, a?.Hours)).ToList();
        if (lines.Count == 0)
        {
            return Refusal.Invalid("attendees", ApiMessages.RosterEmpty());
        }

        var errors = RosterValidation.Validate(lines, version.DeclaredHours);
        if (errors.Count > 0)
        {
            var problems = new ApiErrors();
            foreach (var error in errors)
            {
                problems.Add(error.Field, Message(error));
            }

            return Refusal.Invalid(problems);
        }

        var attendees = lines.Select(l => (RosterValidation.Normalise(l.NationalId)!, l.Hours!.Value)).ToList();
        var (roster, refusal) = course.TakeRoster(attendees, await db.Rosters.CountAsync(r => r.CourseId == course.Id, ct), now);
        if (roster is null)
        {
            // Hours are issued only for a course that was approved and held (SPEC §3 steps 2–4).
            return Refusal.Conflict(refusal == CourseRefusal.Cancelled
                ? ApiMessages.RosterCourseCancelled(course.CourseNo)
                : ApiMessages.RosterCourseNotApproved(course.CourseNo, course.Status.ToString()));
        }

        var facts = await RosterFacts.ForAsync(db, course.Id, attendees, ct);
        var checks = RosterChecker.Check(await RosterFacts.CourseAsync(db, course, version, ct), RosterFacts.Taipei(now), facts);
        var versionNo = roster.VersionNo;
        roster.Checks = [.. checks.Select(c => new RosterCheckResult
        {
            AttendeeIndex = c.AttendeeIndex,
            Code = c.Result.Code,
            Severity = c.Result.Severity,
            Message = c.Result.Message,
            Rule = c.Result.Rule,
            Evidence = c.Result.Evidence,
        })];

        ReviewItem item;
        try
        {
            item = await reviewItems.CreateFollowUpAsync(ReviewKind.Roster, course, version, course.Organiser?.Name ?? course.OrganiserCode, now,
                checks.Count(c => c.Result.Severity == CheckSeverity.Error), checks.Count(c => c.Result.Severity == CheckSeverity.Warning), ct);
        }
        catch (CalendarNotLoadedException)
        {
            return Refusal.CalendarMissing(now);
        }

        await write.BeginAsync(ct);
        db.Rosters.Add(roster);
        // The roster's id, which its review item carries.
        await db.SaveChangesAsync(ct);
        item.RosterId = roster.Id;
        db.ReviewItems.Add(item);
        db.AuditLog.Add(AuditEntry.Create(now, write.Caller.Actor, "RosterSubmitted", nameof(Course), course.CourseNo,
            after: new { RosterVersion = versionNo, Attendees = attendees.Count, TotalHours = attendees.Sum(a => a.Item2), item.ErrorCount, item.WarningCount }));
        // The review item's id, for the queues.
        await db.SaveChangesAsync(ct);
        write.Notify(new QueueChange(item.CentreCode, ReviewKind.Roster, item.Id, QueueChange.Submitted));
        return WriteAnswer.Created(new RosterAnswer(course.CourseNo, versionNo, "PendingReview", course.CentreCode, item.DueDate, attendees.Count,
            [.. checks.Select(c => new RosterCheckAnswer(c.Result.Code, c.Result.Severity, c.Result.Rule, c.Result.Message, c.Result.Evidence, c.AttendeeIndex))]));
    }

    private static ApiMessage Message(RosterLineError error) => error.Problem switch
    {
        RosterLineProblem.Required => ApiMessages.Required(),
        RosterLineProblem.NationalIdInvalid => ApiMessages.NationalIdInvalid(),
        RosterLineProblem.Repeated => ApiMessages.RosterAttendeeRepeated((int)error.Value!.Value),
        RosterLineProblem.HoursNotPositive => ApiMessages.HoursNotPositive(),
        RosterLineProblem.HoursOneDecimal => ApiMessages.HoursOneDecimal(),
        _ => ApiMessages.RosterHoursOverDeclared(error.Value!.Value, error.Limit!.Value),
    };
}
