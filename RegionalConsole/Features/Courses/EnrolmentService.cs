using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Courses;

/// <summary>PUT /api/v1/courses/{courseNo}/enrolment: a count, or the enrolled national IDs (then the count is their number).</summary>
public sealed record EnrolmentBody(int? Enrolled, List<string?>? Teachers);

/// <summary>
/// How many teachers are enrolled in an approved course, as the organiser's system reports it (SPEC §13.2). The
/// cancellation rule of §5.5 and the register use this figure; the answer is the course answer. Two reports of one
/// course at once may both replace the list: the loser's insert meets the winner's rows, and <see cref="PartnerWrites"/>
/// starts it again from what the winner stored.
/// </summary>
public sealed class EnrolmentService(CourseAnswerReader answers, PartnerWrites writes)
{
    public Task<PartnerWriteResult> PutAsync(ApiCaller caller, string courseNo, EnrolmentBody body, string? idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        return writes.RunOnCourseAsync(new PartnerRequest(caller, $"PUT /api/v1/courses/{courseNo}/enrolment", idempotencyKey), courseNo,
            (write, course) => PutAsync(write, course, body, ct), ct);
    }

    private async Task<Outcome<WriteAnswer>> PutAsync(PartnerWrite write, Course course, EnrolmentBody body, CancellationToken ct)
    {
        var (enrolment, issues) = Enrolment.Read(body.Enrolled, body.Teachers);
        if (enrolment is null)
        {
            return Refusal.Invalid(Errors(issues, body.Teachers?.Count ?? 0));
        }

        if (!Enrolment.IsOpen(course.Status))
        {
            return Refusal.Conflict(ApiMessages.EnrolmentNotOpen(course.CourseNo, course.Status.ToString()));
        }

        var db = write.Db;
        await write.BeginAsync(ct);
        var before = course.EnrolledCount;
        course.EnrolledCount = enrolment.Count;
        // The report replaces the previous one whole: a count alone leaves no list that would disagree with it.
        await db.EnrolledTeachers.Where(t => t.CourseId == course.Id).ExecuteDeleteAsync(ct);
        db.EnrolledTeachers.AddRange((enrolment.Teachers ?? []).Select(id => new EnrolledTeacher { CourseId = course.Id, NationalId = id }));
        db.AuditLog.Add(AuditEntry.Create(write.Now, write.Caller.Actor, "EnrolmentReported", nameof(Course), course.CourseNo,
            before: new { EnrolledCount = before },
            after: new { course.EnrolledCount, TeacherList = enrolment.Teachers is not null }));
        // The answer reads the course as stored.
        await db.SaveChangesAsync(ct);
        return WriteAnswer.Changed((await answers.ReadAsync(db, [course.Id], ct))[course.Id]);
    }

    private static ApiErrors Errors(IReadOnlyList<EnrolmentIssue> issues, int teachers)
    {
        var errors = new ApiErrors();
        foreach (var issue in issues)
        {
            switch (issue.Problem)
            {
                case EnrolmentProblem.NegativeCount:
                    errors.Add("enrolled", ApiMessages.EnrolledNegative());
                    break;
                case EnrolmentProblem.Missing:
                    errors.Add("enrolled", ApiMessages.EnrolledMissing());
                    break;
                case EnrolmentProblem.CountMismatch:
                    errors.Add("enrolled", ApiMessages.EnrolledMismatch(teachers));
                    break;
                case EnrolmentProblem.TooManyTeachers:
                    errors.Add("teachers", ApiMessages.TeachersTooMany(Enrolment.MaxTeachers, teachers));
                    break;
                case EnrolmentProblem.TeacherDuplicate:
                    errors.Add($"teachers[{issue.Index}]", ApiMessages.NationalIdDuplicate());
                    break;
                default:
                    errors.Add($"teachers[{issue.Index}]", ApiMessages.NationalIdInvalid());
                    break;
            }
        }

        return errors;
    }
}
