using System.Globalization;
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
public sealed class CourseIntakeService(
    IDbContextFactory<ConsoleDbContext> contexts,
    CourseCheckRunner checks,
    CalendarService calendar,
    ReviewItemFactory reviewItems,
    IOptions<JsonOptions> json,
    IQueueNotifier notifier,
    TimeProvider clock)
{
    public async Task<IResult> ValidateAsync(ApiCaller caller, CourseBody body, CancellationToken ct)
    {
        var errors = new ApiErrors();
        if (CourseBodyReader.Read(body, errors) is not { } draft)
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

    public async Task<IResult> SubmitAsync(ApiCaller caller, CourseBody body, string? idempotencyKey, CancellationToken ct)
    {
        var errors = new ApiErrors();
        if (CourseBodyReader.Read(body, errors) is not { } draft)
        {
            return ApiProblems.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await IdempotencyReplay.FindAsync(db, caller, idempotencyKey, "POST /api/v1/courses", ct) is { } replay)
        {
            return replay;
        }

        var organiser = await db.Institutions.AsNoTracking().SingleOrDefaultAsync(i => i.Code == draft.OrganiserCode, ct);
        if (organiser is null)
        {
            return ApiProblems.Invalid("organiserCode", $"查無開課單位「{draft.OrganiserCode}」；請先同步機關資料。");
        }

        if (!caller.MayActFor(organiser.Code, organiser.CountyCode))
        {
            return ApiProblems.Forbidden($"此金鑰無權代理開課單位 {organiser.Code}。");
        }

        if (organiser.CentreCode is not { } centre)
        {
            return ApiProblems.Conflict($"開課單位 {organiser.Code} 的機關類型尚無轄管區域管理中心（轄管表無對應列），請洽系統管理者。");
        }

        if (await ExternalIdTakenAsync(db, organiser.Code, draft.ExternalId, ct) is { } taken)
        {
            return taken;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (await TryDueDateAsync(centre, now, ct) is null)
        {
            return CalendarMissing(now);
        }

        var report = await checks.RunAsync(db, draft, courseId: null, ct);
        var course = new Course
        {
            CourseNo = Course.TemporaryNumber(),
            ExternalId = draft.ExternalId,
            OrganiserCode = organiser.Code,
            CentreCode = centre,
            Status = CourseStatus.PendingReview,
            CurrentVersionNo = 1,
            Title = draft.Title ?? "",
            StartDate = draft.StartDate,
            EndDate = draft.EndDate,
            CreatedAt = now,
            Versions = [CourseVersion.From(draft, report, 1, now)],
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        ReviewItem item;
        CourseAnswer answer;
        string location;
        try
        {
            db.Courses.Add(course);
            await db.SaveChangesAsync(ct);
            course.AssignNumber();
            item = await reviewItems.CreateAsync(course, course.Versions[0], organiser.Name, now, ct);
            db.ReviewItems.Add(item);
            db.AuditLog.Add(AuditEntry.Create(now, caller.Actor, "CourseSubmitted", nameof(Course), course.CourseNo,
                after: new { course.Title, course.CentreCode, Version = 1, report.CreditableMinutes }));
            answer = CourseAnswers.FromReport(report, course.CourseNo, centre, course.Status, item.DueDate, version: 1);
            location = $"/api/v1/courses/{course.CourseNo}";
            IdempotencyReplay.Add(db, caller, idempotencyKey, "POST /api/v1/courses", 201, location, answer, json.Value.SerializerOptions, now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent request with the same Idempotency-Key or the same externalId won (both are unique in the
            // database): answer what it answered, or the conflict; nothing is stored twice.
            await transaction.RollbackAsync(ct);
            await using var fresh = await contexts.CreateDbContextAsync(ct);
            return await IdempotencyReplay.FindAsync(fresh, caller, idempotencyKey, "POST /api/v1/courses", ct)
                ?? await ExternalIdTakenAsync(fresh, organiser.Code, draft.ExternalId, ct)
                ?? throw new InvalidOperationException("A submission conflicted with neither an idempotency key nor an externalId.");
        }

        notifier.Publish(new QueueChange(item.CentreCode, ReviewKind.Course, item.Id, QueueChange.Submitted));
        return Results.Created(location, answer);
    }

    /// <summary>A conflict naming the course that already carries this organiser's externalId, if one does.</summary>
    private static async Task<IResult?> ExternalIdTakenAsync(ConsoleDbContext db, string organiserCode, string? externalId, CancellationToken ct)
    {
        if (externalId is null)
        {
            return null;
        }

        var existingNo = await db.Courses.AsNoTracking().Where(c => c.OrganiserCode == organiserCode && c.ExternalId == externalId)
            .Select(c => c.CourseNo).FirstOrDefaultAsync(ct);
        return existingNo is null
            ? null
            : ApiProblems.Conflict($"externalId「{externalId}」已登錄為課程 {existingNo}；修改請用 PUT /api/v1/courses/{existingNo}。");
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

        var version = await db.CourseVersions.AsNoTracking().Include(v => v.Segments).Include(v => v.Checks)
            .SingleAsync(v => v.CourseId == course.Id && v.VersionNo == course.CurrentVersionNo, ct);
        var due = await db.ReviewItems.Where(i => i.CourseId == course.Id && i.Kind == ReviewKind.Course)
            .OrderByDescending(i => i.Id).Select(i => (DateOnly?)i.DueDate).FirstOrDefaultAsync(ct);
        return Results.Ok(CourseAnswers.FromStored(course, version, due));
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
