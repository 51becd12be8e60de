using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Courses;

/// <summary>PUT /api/v1/courses/{courseNo}/enrolment: a count, or the enrolled national IDs (then the count is their number).</summary>
public sealed record EnrolmentBody(int? Enrolled, List<string?>? Teachers);

/// <summary>
/// How many teachers are enrolled in an approved course, as the organiser's system reports it (SPEC §13.2). The
/// cancellation rule of §5.5 and the register use this figure; the answer is the course answer.
/// </summary>
public sealed class EnrolmentService(
    IDbContextFactory<ConsoleDbContext> contexts,
    CourseAnswerReader answers,
    IOptions<JsonOptions> json,
    TimeProvider clock)
{
    // Two reports of one course at once on PostgreSQL may both replace the list; the loser's insert meets the key of
    // the winner's rows and starts again from what the winner stored.
    private const int Attempts = 3;

    public async Task<IResult> PutAsync(ApiCaller caller, string courseNo, EnrolmentBody body, string? idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(body);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryPutAsync(caller, courseNo, body, idempotencyKey, ct);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Rolled back: the next attempt replays a twin's answer or replaces the list the other report stored.
            }
        }
    }

    private async Task<IResult> TryPutAsync(ApiCaller caller, string courseNo, EnrolmentBody body, string? idempotencyKey, CancellationToken ct)
    {
        var request = $"PUT /api/v1/courses/{courseNo}/enrolment";
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (course, opening) = await PartnerCourseWrite.OpenAsync(db, caller, courseNo, idempotencyKey, request, ct);
        if (course is null)
        {
            return opening!;
        }

        var (enrolment, issues) = Enrolment.Read(body.Enrolled, body.Teachers);
        if (enrolment is null)
        {
            return ApiProblems.Invalid(Errors(issues, body.Teachers?.Count ?? 0));
        }

        if (!Enrolment.IsOpen(course.Status))
        {
            return ApiProblems.Conflict($"課程 {courseNo} 的狀態為 {course.Status}；報名人數於課程審核通過後才能登錄。");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var before = course.EnrolledCount;
        course.EnrolledCount = enrolment.Count;
        // The report replaces the previous one whole: a count alone leaves no list that would disagree with it.
        await db.EnrolledTeachers.Where(t => t.CourseId == course.Id).ExecuteDeleteAsync(ct);
        db.EnrolledTeachers.AddRange((enrolment.Teachers ?? []).Select(id => new EnrolledTeacher { CourseId = course.Id, NationalId = id }));
        db.AuditLog.Add(AuditEntry.Create(now, caller.Actor, "EnrolmentReported", nameof(Course), courseNo,
            before: new { EnrolledCount = before },
            after: new { course.EnrolledCount, TeacherList = enrolment.Teachers is not null }));
        await db.SaveChangesAsync(ct);
        var answer = (await answers.ReadAsync(db, [course.Id], ct))[course.Id];
        IdempotencyReplay.Add(db, caller, idempotencyKey, request, StatusCodes.Status200OK, null, answer, json.Value.SerializerOptions, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Results.Ok(answer);
    }

    private static ApiErrors Errors(IReadOnlyList<EnrolmentIssue> issues, int teachers)
    {
        var errors = new ApiErrors();
        foreach (var issue in issues)
        {
            switch (issue.Problem)
            {
                case EnrolmentProblem.NegativeCount:
                    errors.Add("enrolled", "報名人數不得為負數。");
                    break;
                case EnrolmentProblem.Missing:
                    errors.Add("enrolled", "必填（報名人數，或以 teachers 列出報名教師的身分證統一編號）。");
                    break;
                case EnrolmentProblem.CountMismatch:
                    errors.Add("enrolled", $"報名人數與 teachers 所列 {teachers} 人不符；列出名單時 enrolled 可省略。");
                    break;
                case EnrolmentProblem.TooManyTeachers:
                    errors.Add("teachers", $"一次最多列出 {Enrolment.MaxTeachers:N0} 位教師（本次 {teachers:N0} 位）。");
                    break;
                case EnrolmentProblem.TeacherDuplicate:
                    errors.Add($"teachers[{issue.Index}]", "身分證統一編號重複。");
                    break;
                default:
                    errors.Add($"teachers[{issue.Index}]", "身分證統一編號格式或檢查碼錯誤。");
                    break;
            }
        }

        return errors;
    }
}
