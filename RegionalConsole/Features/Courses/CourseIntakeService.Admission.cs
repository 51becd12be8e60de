using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Courses;

/// <summary>One course of a submission: stored (its answer and location) or refused (a problem whose fields are the body's).</summary>
internal sealed record IntakeOutcome(CourseAnswer? Answer, string? Location, IResult? Refusal)
{
    public static IntakeOutcome Refused(IResult refusal) => new(null, null, refusal);
}

/// <summary>What an Idempotency-Key records for a request: <see cref="Answer"/> is null when nothing was stored.</summary>
internal sealed record IdempotentRequest(string? Key, string Path, Func<IReadOnlyList<IntakeOutcome>, IdempotentAnswer?> Answer);

internal sealed record IdempotentAnswer(int Status, string? Location, object Body);

/// <summary>What a course must satisfy, beyond a readable body, to be stored: the same for a single POST and a batch.</summary>
public sealed partial class CourseIntakeService
{
    /// <summary>Why a readable course cannot be stored, in the order a partner fixes things; null when it can.</summary>
    private static IResult? Refusal(ApiCaller caller, CourseDraft draft, Institution? organiser, Dictionary<(string, string), string> taken,
        Dictionary<(string, string), int> takenInRequest)
    {
        if (organiser is null)
        {
            return ApiProblems.Invalid("organiserCode", $"查無開課單位「{draft.OrganiserCode}」；請先同步機關資料。");
        }

        if (!caller.MayActFor(organiser.Code, organiser.CountyCode))
        {
            return ApiProblems.Forbidden($"此金鑰無權代理開課單位 {organiser.Code}。");
        }

        if (organiser.CentreCode is null)
        {
            return ApiProblems.Conflict($"開課單位 {organiser.Code} 的機關類型尚無轄管區域管理中心（轄管表無對應列），請洽系統管理者。");
        }

        if (draft.ExternalId is not { } externalId)
        {
            return null;
        }

        if (taken.TryGetValue((organiser.Code, externalId), out var courseNo))
        {
            return ApiProblems.Conflict($"externalId「{externalId}」已登錄為課程 {courseNo}；修改請用 PUT /api/v1/courses/{courseNo}。");
        }

        if (takenInRequest.TryGetValue((organiser.Code, externalId), out var earlier))
        {
            return ApiProblems.Conflict($"externalId「{externalId}」與本批 courses[{earlier}] 重複；同一開課單位的 externalId 只能登錄一次。");
        }

        return null;
    }

    /// <summary>The course numbers already carrying the request's (organiser, externalId) pairs, in one query.</summary>
    private static async Task<Dictionary<(string, string), string>> ExternalIdsInUseAsync(ConsoleDbContext db, List<CourseDraft> drafts,
        CancellationToken ct)
    {
        var externalIds = drafts.Select(d => d.ExternalId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (externalIds.Count == 0)
        {
            return [];
        }

        var organiserCodes = drafts.Where(d => d.ExternalId is not null).Select(d => d.OrganiserCode!).Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.Courses.AsNoTracking()
            .Where(c => c.ExternalId != null && externalIds.Contains(c.ExternalId) && organiserCodes.Contains(c.OrganiserCode))
            .Select(c => new { c.OrganiserCode, ExternalId = c.ExternalId!, c.CourseNo })
            .ToListAsync(ct);
        return rows.ToDictionary(r => (r.OrganiserCode, r.ExternalId), r => r.CourseNo);
    }

    private static Course NewCourse(CourseDraft draft, CourseCheckReport report, Institution organiser, string centre, DateTime now)
    {
        var course = Course.Submit(organiser.Code, centre, draft.ExternalId, CourseVersion.From(draft, report, 1, now), now);
        course.TakeContact(draft.Contact);
        return course;
    }
}
