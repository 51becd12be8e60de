using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Data;
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
public sealed class RosterService(
    IDbContextFactory<ConsoleDbContext> contexts,
    ReviewItemFactory reviewItems,
    IOptions<JsonOptions> json,
    IQueueNotifier notifier,
    TimeProvider clock)
{
    public async Task<IResult> SubmitAsync(ApiCaller caller, string courseNo, RosterBody body, string? idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(body);
        var requestName = $"POST /api/v1/courses/{courseNo}/roster";
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (course, opening) = await PartnerCourseWrite.OpenAsync(db, caller, courseNo, idempotencyKey, requestName, ct);
        if (course is null)
        {
            return opening!;
        }

        var version = await db.CourseVersions.AsNoTracking()
            .SingleAsync(v => v.CourseId == course.Id && v.VersionNo == course.CurrentVersionNo, ct);
        var lines = (body.Attendees ?? []).Select(a => new RosterLine(a?.NationalId, a?.Hours)).ToList();
        if (lines.Count == 0)
        {
            return ApiProblems.Invalid("attendees", "名單至少須有一位研習教師。");
        }

        var errors = RosterValidation.Validate(lines, version.DeclaredHours);
        if (errors.Count > 0)
        {
            var problems = new ApiErrors();
            foreach (var error in errors)
            {
                problems.Add(error.Field, error.Message);
            }

            return ApiProblems.Invalid(problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var attendees = lines.Select(l => (RosterValidation.Normalise(l.NationalId)!, l.Hours!.Value)).ToList();
        var (roster, refusal) = course.TakeRoster(attendees, await db.Rosters.CountAsync(r => r.CourseId == course.Id, ct), now);
        if (roster is null)
        {
            // Hours are issued only for a course that was approved and held (SPEC §3 steps 2–4).
            return ApiProblems.Conflict(refusal == CourseRefusal.Cancelled
                ? $"課程 {courseNo} 已停辦，不得送出研習名單。"
                : $"課程 {courseNo} 目前狀態為 {course.Status}，須審核通過後方得送出研習名單。");
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
            return CourseIntakeService.CalendarMissing(now);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Rosters.Add(roster);
        await db.SaveChangesAsync(ct);
        item.RosterId = roster.Id;
        db.ReviewItems.Add(item);
        db.AuditLog.Add(AuditEntry.Create(now, caller.Actor, "RosterSubmitted", nameof(Course), course.CourseNo,
            after: new { RosterVersion = versionNo, Attendees = attendees.Count, TotalHours = attendees.Sum(a => a.Item2), item.ErrorCount, item.WarningCount }));
        var answer = new RosterAnswer(course.CourseNo, versionNo, "PendingReview", course.CentreCode, item.DueDate, attendees.Count,
            [.. checks.Select(c => new RosterCheckAnswer(c.Result.Code, c.Result.Severity, c.Result.Rule, c.Result.Message, c.Result.Evidence, c.AttendeeIndex))]);
        IdempotencyReplay.Add(db, caller, idempotencyKey, requestName, 201, null, answer, json.Value.SerializerOptions, now);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            await transaction.RollbackAsync(ct);
            await using var fresh = await contexts.CreateDbContextAsync(ct);
            return await IdempotencyReplay.FindAsync(fresh, caller, idempotencyKey, requestName, ct)
                ?? throw new InvalidOperationException("Idempotency conflict without a stored answer.");
        }

        notifier.Publish(new QueueChange(item.CentreCode, ReviewKind.Roster, item.Id, QueueChange.Submitted));
        return Results.Json(answer, json.Value.SerializerOptions, statusCode: StatusCodes.Status201Created);
    }
}
