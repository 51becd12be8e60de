using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Rosters;

namespace RegionalConsole.Features.Rosters;

/// <summary>Reads what the roster checks need (SPEC §5.6): the teachers' sync records and their other issued hours.</summary>
internal static class RosterFacts
{
    public static async Task<IReadOnlyList<RosterAttendeeFacts>> ForAsync(ConsoleDbContext db, int courseId,
        IReadOnlyList<(string NationalId, decimal Hours)> attendees, CancellationToken ct)
    {
        var ids = attendees.Select(a => a.NationalId).ToList();
        var teachers = await db.Teachers.AsNoTracking().Where(t => ids.Contains(t.NationalId))
            .ToDictionaryAsync(t => t.NationalId, t => t.ServingInstitutionCode, ct);
        // Hours already issued elsewhere (an approved roster writes study records): the overlap check's other courses.
        var issued = await db.StudyRecords.AsNoTracking().Where(r => ids.Contains(r.NationalId) && r.CourseId != courseId)
            .Select(r => new { r.NationalId, r.CourseId }).Distinct().ToListAsync(ct);
        var courseIds = issued.Select(r => r.CourseId).Distinct().ToList();
        var courses = await db.Courses.AsNoTracking().Where(c => courseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.CourseNo, c.Title, c.StartDate, c.CurrentVersionNo }).ToListAsync(ct);
        var spans = await SpansAsync(db, courses.Select(c => (c.Id, c.CurrentVersionNo, c.StartDate)).ToList(), ct);
        var others = courses.ToDictionary(c => c.Id, c => new AttendedCourse(c.CourseNo, c.Title, spans.GetValueOrDefault(c.Id, [])));
        var byTeacher = issued.ToLookup(r => r.NationalId, r => others[r.CourseId]);
        return [.. attendees.Select((a, i) => new RosterAttendeeFacts(i, a.NationalId, a.Hours,
            teachers.ContainsKey(a.NationalId), teachers.GetValueOrDefault(a.NationalId), [.. byTeacher[a.NationalId]]))];
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
