using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Features.Api;
using RegionalConsole.Features.Calendar;

namespace RegionalConsole.Features.Courses;

/// <summary>
/// Courses arriving from partner systems (SPEC §3, §10): validate, submit, modify, read. A submission is stored
/// whole with its checks and review item, or not at all.
/// </summary>
public sealed partial class CourseIntakeService(
    IDbContextFactory<ConsoleDbContext> contexts,
    CourseCheckRunner checks,
    CalendarService calendar,
    ReviewItemFactory reviewItems,
    CourseAnswerReader answers,
    PartnerWrites writes,
    TimeProvider clock)
{
    public async Task<Outcome<CourseAnswer>> ValidateAsync(ApiCaller caller, CourseBody body, CancellationToken ct)
    {
        var errors = new ApiErrors();
        if (CourseBodyReader.Read(body, errors, RocDate.TaipeiDate(clock.GetUtcNow())) is not { } draft)
        {
            return Refusal.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var organiser = await db.Institutions.AsNoTracking().SingleOrDefaultAsync(i => i.Code == draft.OrganiserCode, ct);
        if (organiser is not null && !caller.MayActFor(organiser.Code, organiser.CountyCode))
        {
            return Refusal.Forbidden(ApiMessages.OrganiserOutOfScope(organiser.Code));
        }

        var report = await checks.RunAsync(db, draft, courseId: null, ct);
        DateOnly? due = null;
        if (organiser?.CentreCode is { } centre)
        {
            due = await TryDueDateAsync(centre, clock.GetUtcNow().UtcDateTime, ct);
        }

        return CourseAnswers.FromReport(report, courseNo: null, organiser?.CentreCode, status: null, due);
    }

    /// <summary>POST /api/v1/courses: one course, through the same path as a batch of one.</summary>
    public async Task<PartnerWriteResult> SubmitAsync(ApiCaller caller, CourseBody body, string? idempotencyKey, CancellationToken ct) =>
        await StoreAsync(new PartnerRequest(caller, "POST /api/v1/courses", idempotencyKey), [body],
            outcomes => outcomes[0] is { Answer: { } answer } created ? WriteAnswer.Created(answer, created.Location) : outcomes[0].Refusal!,
            ct);

    public async Task<Outcome<CourseAnswer>> GetAsync(ApiCaller caller, string courseNo, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var course = await db.Courses.AsNoTracking().Include(c => c.Organiser).SingleOrDefaultAsync(c => c.CourseNo == courseNo, ct);
        if (course is null)
        {
            return Refusal.NotFound(ApiMessages.CourseNotFound(courseNo));
        }

        if (!caller.MayActFor(course.OrganiserCode, course.Organiser?.CountyCode))
        {
            return Refusal.Forbidden(ApiMessages.CourseReadOutOfScope(courseNo));
        }

        var answer = await answers.ReadAsync(db, [course.Id], ct);
        return answer[course.Id];
    }

    /// <summary>GET /api/v1/courses?externalId=…&amp;organiserCode=…: a course by the partner's own id (SPEC §14.2).</summary>
    public async Task<Outcome<CourseAnswer>> FindAsync(ApiCaller caller, string? externalId, string? organiserCode, CancellationToken ct)
    {
        var errors = new ApiErrors();
        errors.Required("externalId", externalId, 60);
        errors.Required("organiserCode", organiserCode, 20);
        if (errors.Any)
        {
            return Refusal.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var organiser = await db.Institutions.AsNoTracking().Where(i => i.Code == organiserCode)
            .Select(i => new { i.Code, i.CountyCode }).SingleOrDefaultAsync(ct);
        // Scope before existence: a key learns nothing about another organiser's courses, not even that one exists.
        if (organiser is not null && !caller.MayActFor(organiser.Code, organiser.CountyCode))
        {
            return Refusal.Forbidden(ApiMessages.OrganiserCoursesOutOfScope(organiserCode));
        }

        var courseId = await db.Courses.Where(c => c.OrganiserCode == organiserCode && c.ExternalId == externalId)
            .Select(c => (int?)c.Id).SingleOrDefaultAsync(ct);
        if (organiser is null || courseId is null)
        {
            return Refusal.NotFound(ApiMessages.ExternalIdNotFound(organiserCode, externalId));
        }

        return (await answers.ReadAsync(db, [courseId.Value], ct))[courseId.Value];
    }

    internal async Task<DateOnly?> TryDueDateAsync(string centre, DateTime submittedUtc, CancellationToken ct)
    {
        try
        {
            return (await calendar.GetAsync(ct)).ReviewDueDate(RocDate.TaipeiDate(submittedUtc), centre);
        }
        catch (CalendarNotLoadedException)
        {
            return null;
        }
    }
}
