using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Features.Api;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Features.Queues;

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
    IOptions<JsonOptions> json,
    IQueueNotifier notifier,
    TimeProvider clock)
{
    public async Task<IResult> ValidateAsync(ApiCaller caller, CourseBody body, CancellationToken ct)
    {
        var errors = new ApiErrors();
        if (CourseBodyReader.Read(body, errors, RocDate.TaipeiDate(clock.GetUtcNow())) is not { } draft)
        {
            return ApiProblems.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var organiser = await db.Institutions.AsNoTracking().SingleOrDefaultAsync(i => i.Code == draft.OrganiserCode, ct);
        if (organiser is not null && !caller.MayActFor(organiser.Code, organiser.CountyCode))
        {
            return ApiProblems.Forbidden($"此金鑰無權代理開課單位 {organiser.Code}。");
        }

        var report = await checks.RunAsync(db, draft, courseId: null, ct);
        DateOnly? due = null;
        if (organiser?.CentreCode is { } centre)
        {
            due = await TryDueDateAsync(centre, clock.GetUtcNow().UtcDateTime, ct);
        }

        return Results.Ok(CourseAnswers.FromReport(report, courseNo: null, organiser?.CentreCode, status: null, due));
    }

    /// <summary>POST /api/v1/courses: one course, through the same path as a batch of one.</summary>
    public async Task<IResult> SubmitAsync(ApiCaller caller, CourseBody body, string? idempotencyKey, CancellationToken ct)
    {
        var request = new IdempotentRequest(idempotencyKey, "POST /api/v1/courses",
            outcomes => outcomes[0] is { Answer: { } answer } created ? new(StatusCodes.Status201Created, created.Location, answer) : null);
        var (replay, outcomes) = await StoreAsync(caller, [body], request, ct);
        if (replay is not null)
        {
            return replay;
        }

        var outcome = outcomes[0];
        return outcome.Refusal ?? Results.Created(outcome.Location, outcome.Answer);
    }

    public async Task<IResult> GetAsync(ApiCaller caller, string courseNo, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var course = await db.Courses.AsNoTracking().Include(c => c.Organiser).SingleOrDefaultAsync(c => c.CourseNo == courseNo, ct);
        if (course is null)
        {
            return ApiProblems.NotFound($"查無課程 {courseNo}。");
        }

        if (!caller.MayActFor(course.OrganiserCode, course.Organiser?.CountyCode))
        {
            return ApiProblems.Forbidden($"此金鑰無權讀取課程 {courseNo}。");
        }

        var answer = await answers.ReadAsync(db, [course.Id], ct);
        return Results.Ok(answer[course.Id]);
    }

    /// <summary>GET /api/v1/courses?externalId=…&amp;organiserCode=…: a course by the partner's own id (SPEC §14.2).</summary>
    public async Task<IResult> FindAsync(ApiCaller caller, string? externalId, string? organiserCode, CancellationToken ct)
    {
        var errors = new ApiErrors();
        errors.Required("externalId", externalId, 60);
        errors.Required("organiserCode", organiserCode, 20);
        if (errors.Any)
        {
            return ApiProblems.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var organiser = await db.Institutions.AsNoTracking().Where(i => i.Code == organiserCode)
            .Select(i => new { i.Code, i.CountyCode }).SingleOrDefaultAsync(ct);
        // Scope before existence: a key learns nothing about another organiser's courses, not even that one exists.
        if (organiser is not null && !caller.MayActFor(organiser.Code, organiser.CountyCode))
        {
            return ApiProblems.Forbidden($"此金鑰無權讀取開課單位 {organiserCode} 的課程。");
        }

        var courseId = await db.Courses.Where(c => c.OrganiserCode == organiserCode && c.ExternalId == externalId)
            .Select(c => (int?)c.Id).SingleOrDefaultAsync(ct);
        if (organiser is null || courseId is null)
        {
            return ApiProblems.NotFound($"開課單位 {organiserCode} 沒有 externalId 為「{externalId}」的課程。");
        }

        return Results.Ok((await answers.ReadAsync(db, [courseId.Value], ct))[courseId.Value]);
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

    internal static IResult CalendarMissing(DateTime now) => Results.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "辦公日曆未匯入",
        detail: $"尚未匯入 {RocDate.TaipeiDate(now).Year} 年起的政府行政機關辦公日曆，無法計算審核期限；請系統管理者匯入。");
}
