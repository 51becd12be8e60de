using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Rosters;

namespace RegionalConsole.Features.Rosters;

/// <summary>
/// Reads what the roster checks need (SPEC §5.6, §13.2): the teachers' sync records and the other courses they are on,
/// by issued hours or by a roster still under review. A fixed number of queries per roster, whatever its length.
/// </summary>
internal static class RosterFacts
{
    public static async Task<IReadOnlyList<RosterAttendeeFacts>> ForAsync(ConsoleDbContext db, int courseId,
        IReadOnlyList<(string NationalId, decimal Hours)> attendees, CancellationToken ct)
    {
        var ids = attendees.Select(a => a.NationalId).ToList();
        var teachers = await db.Teachers.AsNoTracking().Where(t => ids.Contains(t.NationalId))
            .ToDictionaryAsync(t => t.NationalId, t => t.ServingInstitutionCode, ct);
        var others = await OtherCoursesAsync(db, courseId, ids, ct);
        return [.. attendees.Select((a, i) => new RosterAttendeeFacts(i, a.NationalId, a.Hours,
            teachers.ContainsKey(a.NationalId), teachers.GetValueOrDefault(a.NationalId), [.. others[a.NationalId]]))];
    }

    /// <summary>
    /// The other courses of each teacher that the overlap check compares with: those with hours issued (an approved
    /// roster wrote study records) and those whose roster is still under review (it would issue them too). A course
    /// with both counts once, as issued.
    /// </summary>
    public static async Task<ILookup<string, AttendedCourse>> OtherCoursesAsync(ConsoleDbContext db, int courseId,
        IReadOnlyList<string> ids, CancellationToken ct)
    {
        var issued = await db.StudyRecords.AsNoTracking().Where(r => ids.Contains(r.NationalId) && r.CourseId != courseId)
            .Select(r => new { r.NationalId, r.CourseId }).Distinct().ToListAsync(ct);
        // From the teachers' attendee rows to their rosters' open items, by the indexes on national ID and course.
        var underReview = await (
                from a in db.RosterAttendees.AsNoTracking()
                where ids.Contains(a.NationalId)
                join r in db.Rosters on a.RosterId equals r.Id
                where r.CourseId != courseId
                    && db.ReviewItems.Any(i => i.CourseId == r.CourseId && i.RosterId == r.Id && i.Kind == ReviewKind.Roster && i.Outcome == null)
                select new { a.NationalId, r.CourseId })
            .Distinct().ToListAsync(ct);
        var pairs = issued.Select(p => (p.NationalId, p.CourseId, UnderReview: false))
            .Concat(underReview.Select(p => (p.NationalId, p.CourseId, UnderReview: true)))
            .DistinctBy(p => (p.NationalId, p.CourseId)).ToList();
        var courseIds = pairs.Select(p => p.CourseId).Distinct().ToList();
        var courses = await db.Courses.AsNoTracking().Where(c => courseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.CourseNo, c.Title, c.StartDate, c.CurrentVersionNo }).ToListAsync(ct);
        var spans = await SpansAsync(db, courses.Select(c => (c.Id, c.CurrentVersionNo, c.StartDate)).ToList(), ct);
        var others = courses.ToDictionary(c => c.Id, c => new AttendedCourse(c.CourseNo, c.Title, spans.GetValueOrDefault(c.Id, [])));
        return pairs.ToLookup(p => p.NationalId, p => others[p.CourseId] with { UnderReview = p.UnderReview });
    }

    /// <summary>The schedule spans of each course's given version (Taipei local times).</summary>
    public static async Task<Dictionary<int, IReadOnlyList<CourseSpan>>> SpansAsync(ConsoleDbContext db,
        IReadOnlyList<(int CourseId, int VersionNo, DateOnly StartDate)> courses, CancellationToken ct)
    {
        var courseIds = courses.Select(c => c.CourseId).ToList();
        var segments = await db.CourseVersions.AsNoTracking().Where(v => courseIds.Contains(v.CourseId))
            .Join(db.ScheduleSegments, v => v.Id, s => s.CourseVersionId,
                (v, s) => new { v.CourseId, v.VersionNo, s.Date, s.Start, s.Minutes })
            .ToListAsync(ct);
        var wanted = courses.ToDictionary(c => c.CourseId);
        return segments.Where(s => wanted[s.CourseId].VersionNo == s.VersionNo)
            .GroupBy(s => s.CourseId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CourseSpan>)[.. g
                .Select(s => CourseSpan.Of(s.Date ?? wanted[s.CourseId].StartDate, Time(s.Start), s.Minutes))
                .OfType<CourseSpan>()]);
    }

    private static TimeOnly? Time(string? text) =>
        Domain.Schedule.ScheduleTime.TryParse(text, out var time) ? time : null;

    /// <summary>The course as the roster checks see it: its approved version's creditable minutes and schedule.</summary>
    public static async Task<RosterCourse> CourseAsync(ConsoleDbContext db, Course course, CourseVersion version, CancellationToken ct)
    {
        var spans = await SpansAsync(db, [(course.Id, version.VersionNo, version.StartDate)], ct);
        return new RosterCourse(version.EndDate, version.CreditableMinutes, spans.GetValueOrDefault(course.Id, []));
    }

    public static DateTime Taipei(DateTime utc) => RocDate.ToTaipei(utc);
}
