using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Courses;

/// <summary>One course of a submission: stored (its answer and location) or refused (a refusal whose fields are the body's).</summary>
internal sealed record IntakeOutcome(CourseAnswer? Answer, string? Location, Refusal? Refusal)
{
    public static IntakeOutcome Refused(Refusal refusal) => new(null, null, refusal);
}

/// <summary>What a course must satisfy, beyond a readable body, to be stored: the same for a single POST and a batch.</summary>
public sealed partial class CourseIntakeService
{
    /// <summary>Why a readable course cannot be stored, in the order a partner fixes things; null when it can.</summary>
    private static Refusal? RefusalOf(ApiCaller caller, CourseDraft draft, Institution? organiser, Dictionary<(string, string), string> taken,
        Dictionary<(string, string), int> takenInRequest)
    {
        if (organiser is null)
        {
            return Refusal.Invalid("organiserCode", ApiMessages.OrganiserUnknown(draft.OrganiserCode));
        }

        if (!caller.MayActFor(organiser.Code, organiser.CountyCode))
        {
            return Refusal.Forbidden(ApiMessages.OrganiserOutOfScope(organiser.Code));
        }

        if (organiser.CentreCode is null)
        {
            return Refusal.Conflict(ApiMessages.OrganiserWithoutCentre(organiser.Code));
        }

        if (draft.ExternalId is not { } externalId)
        {
            return null;
        }

        if (taken.TryGetValue((organiser.Code, externalId), out var courseNo))
        {
            return Refusal.Conflict(ApiMessages.ExternalIdTaken(externalId, courseNo));
        }

        if (takenInRequest.TryGetValue((organiser.Code, externalId), out var earlier))
        {
            return Refusal.Conflict(ApiMessages.ExternalIdRepeatedInBatch(externalId, earlier));
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
