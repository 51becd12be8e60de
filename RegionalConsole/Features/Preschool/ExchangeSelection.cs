using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Preschool;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Features.Preschool;

/// <summary>A run's contents: the lines of its file and the records it could not send, with why.</summary>
public sealed record ExchangeSelectionResult(List<ExchangeLine> Lines, List<(long StudyRecordId, ExchangeVerdict Reason)> Unsent);

/// <summary>
/// The study records a run sends (SPEC §7, §14.4; 共同研討一 提案二 說明二：依照前述更新資料為基礎，篩選出全國幼兒園教師研習紀錄),
/// by <see cref="ExchangeEligibility"/>: issued no later than the run's cut-off and carried by no acknowledged run; of
/// a course whose approved version carries a confirmed exchange tag (<see cref="ExchangeTags"/>); of a teacher who is a
/// preschool educator by the sync's flag or, without it, by a preschool serving institution. The preschool written is
/// the serving institution at the time of the run, as the platform counts hours per current preschool.
/// A record that fails stays unsent and is looked at again by later runs; those issued since
/// <c>reportFrom</c> (the previous run's cut-off) are reported with the reason.
/// </summary>
public static class ExchangeSelection
{
    public static async Task<ExchangeSelectionResult> SelectAsync(ConsoleDbContext db, DateTime cutOff, DateTime reportFrom,
        TagRegistry registry, CancellationToken ct)
    {
        var delivered = from s in db.ExchangeSentRecords
                        join run in db.ExchangeRuns on s.RunId equals run.Id
                        where run.AcknowledgedAt != null
                        select s.StudyRecordId;
        // The SQL keeps to what can be sent or must be reported; ExchangeEligibility decides each record below.
        var candidates = await (
            from r in db.StudyRecords
            where r.IssuedAt <= cutOff && !delivered.Contains(r.Id)
            from t in db.Teachers.Where(t => t.NationalId == r.NationalId).DefaultIfEmpty()
            from i in db.Institutions.Where(i => i.Code == t.ServingInstitutionCode).DefaultIfEmpty()
            where r.IssuedAt > reportFrom
                || (t != null && (t.PreschoolEducator == true || (t.PreschoolEducator == null && i != null && i.Type == InstitutionType.Preschool)))
            select new
            {
                r.Id,
                r.NationalId,
                Known = t != null,
                TeacherName = t != null ? t.Name : null,
                Flag = t != null ? t.PreschoolEducator : null,
                Code = i != null ? i.Code : null,
                InstitutionName = i != null ? i.Name : null,
                Type = i != null ? (InstitutionType?)i.Type : null,
                r.CourseId,
                r.Hours,
                r.IssuedDate,
            })
            .AsNoTracking().ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return new([], []);
        }

        var courses = await ApprovedVersionsAsync(db, [.. candidates.Select(c => c.CourseId).Distinct()], registry, ct);
        var lines = new List<ExchangeLine>();
        var unsent = new List<(long, ExchangeVerdict)>();
        foreach (var c in candidates)
        {
            var course = courses.GetValueOrDefault(c.CourseId);
            var verdict = ExchangeEligibility.Judge(inAcknowledgedRun: false, course?.Tags ?? [], c.Known ? new ExchangeTeacher(c.Flag, c.Type) : null);
            if (verdict == ExchangeVerdict.Send)
            {
                lines.Add(new ExchangeLine(c.Id, c.NationalId, c.TeacherName!, c.Code!, c.InstitutionName!, course!.CourseNo, course.Title,
                    course.Tags, course.Start, course.End, c.Hours, c.IssuedDate));
            }
            else if (ExchangeEligibility.IsUnsendable(verdict))
            {
                unsent.Add((c.Id, verdict));
            }
        }

        return new([.. lines.OrderBy(l => l.PreschoolCode, StringComparer.Ordinal).ThenBy(l => l.NationalId, StringComparer.Ordinal)
            .ThenBy(l => l.IssuedDate).ThenBy(l => l.StudyRecordId)], unsent);
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
