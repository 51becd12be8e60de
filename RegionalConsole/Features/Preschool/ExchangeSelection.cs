using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Preschool;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Features.Preschool;

/// <summary>
/// The study records a run sends (SPEC §7; 共同研討一 提案二 說明二：依照前述更新資料為基礎，篩選出全國幼兒園教師研習紀錄):
/// <list type="bullet">
/// <item>issued (roster approved, 核發時數) no later than the run's cut-off, and not sent by any earlier run;</item>
/// <item>of a teacher who, by the daily teacher sync, serves at an institution of type Preschool — the serving
///   preschool at the time of the run, as the platform counts hours per current preschool;</item>
/// <item>of a course whose approved version (the version of its latest approved course review) carries a confirmed
///   exchange tag (<see cref="ExchangeTags"/>, confirmed per <see cref="TagReviews.Confirmed"/>).</item>
/// </list>
/// A record that fails the teacher or tag test stays unsent and is looked at again by later runs (a teacher who
/// moves to a preschool later is sent then).
/// </summary>
public static class ExchangeSelection
{
    public static async Task<List<ExchangeLine>> SelectAsync(ConsoleDbContext db, DateTime cutOff, TagRegistry registry, CancellationToken ct)
    {
        var candidates = await (
            from r in db.StudyRecords
            where r.IssuedAt <= cutOff && !db.ExchangeSentRecords.Any(s => s.StudyRecordId == r.Id)
            join t in db.Teachers on r.NationalId equals t.NationalId
            join i in db.Institutions on t.ServingInstitutionCode equals i.Code
            where i.Type == InstitutionType.Preschool
            select new { r.Id, r.NationalId, TeacherName = t.Name, i.Code, i.Name, r.CourseId, r.Hours, r.IssuedDate })
            .AsNoTracking().ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return [];
        }

        var courseIds = candidates.Select(c => c.CourseId).Distinct().ToList();
        var courses = await ApprovedVersionsAsync(db, courseIds, registry, ct);
        return [.. candidates
            .Where(c => courses.TryGetValue(c.CourseId, out var course) && course.Tags.Count > 0)
            .Select(c =>
            {
                var course = courses[c.CourseId];
                return new ExchangeLine(c.Id, c.NationalId, c.TeacherName, c.Code, c.Name, course.CourseNo, course.Title,
                    course.Tags, course.Start, course.End, c.Hours, c.IssuedDate);
            })
            .OrderBy(l => l.PreschoolCode, StringComparer.Ordinal).ThenBy(l => l.NationalId, StringComparer.Ordinal)
            .ThenBy(l => l.IssuedDate).ThenBy(l => l.StudyRecordId)];
    }

    private sealed record ApprovedCourse(string CourseNo, string Title, DateOnly Start, DateOnly End, IReadOnlyList<string> Tags);

    /// <summary>
    /// Each course's approved version with its confirmed exchange tags, read in chunks: a national month holds
    /// thousands of courses, past SQLite's limit of bound variables in one statement.
    /// </summary>
    private static async Task<Dictionary<int, ApprovedCourse>> ApprovedVersionsAsync(ConsoleDbContext db, List<int> courseIds,
        TagRegistry registry, CancellationToken ct)
    {
        var all = new Dictionary<int, ApprovedCourse>();
        foreach (var chunk in courseIds.Chunk(500))
        {
            foreach (var (id, course) in await ApprovedVersionsChunkAsync(db, [.. chunk], registry, ct))
            {
                all[id] = course;
            }
        }

        return all;
    }

    private static async Task<Dictionary<int, ApprovedCourse>> ApprovedVersionsChunkAsync(ConsoleDbContext db, List<int> courseIds,
        TagRegistry registry, CancellationToken ct)
    {
        var approvals = await db.ReviewItems.AsNoTracking()
            .Where(x => x.Kind == ReviewKind.Course && x.Outcome == ReviewOutcome.Approved && x.CourseVersionId != null && courseIds.Contains(x.CourseId))
            .Select(x => new { x.CourseId, VersionId = x.CourseVersionId!.Value, x.DecidedAt, x.Id })
            .ToListAsync(ct);
        var versionIds = approvals.GroupBy(a => a.CourseId)
            .Select(g => g.OrderByDescending(a => a.DecidedAt).ThenByDescending(a => a.Id).First().VersionId).ToList();
        var versions = await db.CourseVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new { v.Id, v.CourseId, v.Course!.CourseNo, v.Title, v.Tags, v.StartDate, v.EndDate })
            .ToListAsync(ct);
        var reviews = (await db.TagReviews.AsNoTracking().Where(r => versionIds.Contains(r.CourseVersionId))
                .Select(r => new { r.CourseVersionId, r.TagName, r.State }).ToListAsync(ct))
            .ToLookup(r => r.CourseVersionId);
        return versions.ToDictionary(v => v.CourseId, v => new ApprovedCourse(v.CourseNo, v.Title, v.StartDate, v.EndDate,
            ExchangeTags.Among(TagReviews.Confirmed(v.Tags, reviews[v.Id].ToDictionary(r => r.TagName, r => r.State, StringComparer.Ordinal), registry))));
    }
}
