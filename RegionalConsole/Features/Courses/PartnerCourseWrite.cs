using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Courses;

/// <summary>
/// The opening every partner write to an existing course shares (modify, enrol, cancel, send a roster): a repeated
/// Idempotency-Key answers what it answered first; then the course (with its organiser) must exist and be the key's to
/// act for — 404 or 403 otherwise, nothing read further.
/// </summary>
public static class PartnerCourseWrite
{
    /// <returns>The tracked course, or the answer to give instead (a replay, 404 or 403).</returns>
    public static async Task<(Course? Course, IResult? Answer)> OpenAsync(ConsoleDbContext db, ApiCaller caller, string courseNo,
        string? idempotencyKey, string request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        if (await IdempotencyReplay.FindAsync(db, caller, idempotencyKey, request, ct) is { } replay)
        {
            return (null, replay);
        }

        var course = await db.Courses.Include(c => c.Organiser).SingleOrDefaultAsync(c => c.CourseNo == courseNo, ct);
        if (course is null)
        {
            return (null, ApiProblems.NotFound($"查無課程 {courseNo}。"));
        }

        return caller.MayActFor(course.OrganiserCode, course.Organiser?.CountyCode)
            ? (course, null)
            : (null, ApiProblems.Forbidden($"此金鑰無權代理開課單位 {course.OrganiserCode}。"));
    }
}
