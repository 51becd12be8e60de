using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Rosters;
using RegionalConsole.Domain.Rulings;

namespace RegionalConsole.Features.Rosters;

/// <summary>
/// What the review screen shows of rosters and issued hours (SPEC §5.6, §6, §8), scope-checked like the item and
/// masked before it leaves the service, so a reviewer's circuit never holds a whole national ID.
/// </summary>
public sealed class RosterReadService(IDbContextFactory<ConsoleDbContext> contexts)
{
    /// <summary>The roster of a roster review item, with teachers, flags, checks and matching rulings; null when none or out of scope.</summary>
    public async Task<RosterSheet?> SheetAsync(ConsoleUser user, int itemId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var item = await db.ReviewItems.AsNoTracking().Where(i => i.Id == itemId && i.RosterId != null)
            .Select(i => new
            {
                i.RosterId,
                i.CentreCode,
                Supervisor = db.Centres.Where(c => c.Code == i.CentreCode).Select(c => c.SupervisorScope).Single(),
                i.Course!.Title,
                OrganiserCounty = i.Course.Organiser!.CountyCode
            })
            .SingleOrDefaultAsync(ct);
        if (item is null || !user.Scope.CanRead(item.CentreCode, item.Supervisor))
        {
            return null;
        }

        var roster = await db.Rosters.AsNoTracking().Include(r => r.Attendees).Include(r => r.Checks).AsSplitQuery()
            .SingleAsync(r => r.Id == item.RosterId, ct);
        var ids = roster.Attendees.Select(a => a.NationalId).ToList();
        var teachers = await db.Teachers.AsNoTracking().Where(t => ids.Contains(t.NationalId))
            .Select(t => new { t.NationalId, t.Name, School = db.Institutions.Where(i => i.Code == t.ServingInstitutionCode).Select(i => i.Name).FirstOrDefault(), t.ServingInstitutionCode })
            .ToDictionaryAsync(t => t.NationalId, ct);
        var checks = roster.Checks.OrderBy(c => c.Severity).ThenBy(c => c.AttendeeIndex).ThenBy(c => c.Id).ToList();
        var rows = roster.Attendees.OrderBy(a => a.Index).ThenBy(a => a.Id).Select(a =>
        {
            var teacher = teachers.GetValueOrDefault(a.NationalId);
            return new RosterAttendeeRow(a.Index, NationalIdDisplay.For(user.Role, a.NationalId), teacher is not null, teacher?.Name,
                teacher?.ServingInstitutionCode is null ? null : teacher.School ?? teacher.ServingInstitutionCode,
                a.Hours, [.. checks.Where(c => c.AttendeeIndex == a.Index).Select(Stored)]);
        }).ToList();
        return new RosterSheet(roster.Id, roster.VersionNo, roster.SubmittedAt, !NationalIdDisplay.ShowsFull(user.Role), rows,
            [.. checks.Select(Stored)], await MatchingRulingsAsync(db, item.Title, item.OrganiserCounty, ct));
    }

    /// <summary>The hours issued for the course of an item the person may read (核發時數), newest roster first.</summary>
    public async Task<IReadOnlyList<IssuedHoursRow>> IssuedHoursAsync(ConsoleUser user, int itemId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var item = await db.ReviewItems.AsNoTracking().Where(i => i.Id == itemId)
            .Select(i => new { i.CourseId, i.CentreCode, Supervisor = db.Centres.Where(c => c.Code == i.CentreCode).Select(c => c.SupervisorScope).Single() })
            .SingleOrDefaultAsync(ct);
        if (item is null || !user.Scope.CanRead(item.CentreCode, item.Supervisor))
        {
            return [];
        }

        var records = await db.StudyRecords.AsNoTracking().Where(r => r.CourseId == item.CourseId)
            .Join(db.Rosters, r => r.RosterId, roster => roster.Id, (r, roster) => new
            {
                r.NationalId,
                Name = db.Teachers.Where(t => t.NationalId == r.NationalId).Select(t => t.Name).FirstOrDefault(),
                r.Hours,
                r.IssuedDate,
                roster.VersionNo,
                r.Id,
            })
            .OrderByDescending(r => r.VersionNo).ThenBy(r => r.Id).Take(500).ToListAsync(ct);
        return [.. records.Select(r => new IssuedHoursRow(NationalIdDisplay.For(user.Role, r.NationalId), r.Name, r.Hours, r.IssuedDate, r.VersionNo))];
    }

    /// <summary>Rulings in force whose course keywords the title matches, nationwide or of the organiser's county (SPEC §8).</summary>
    internal static async Task<IReadOnlyList<HourRuling>> MatchingRulingsAsync(ConsoleDbContext db, string title, string? county, CancellationToken ct)
    {
        var rulings = await db.HourRulings.AsNoTracking()
            .Where(r => r.RetiredAt == null && (r.CountyCode == null || r.CountyCode == county))
            .OrderBy(r => r.Id).ToListAsync(ct);
        return [.. rulings.Where(r => RulingMatcher.Applies(r.CourseKeywords, r.RetiredAt is not null, title))];
    }

    private static StoredCheckResult Stored(RosterCheckResult c) => new()
    {
        Id = c.Id,
        Code = c.Code,
        Severity = c.Severity,
        Message = c.Message,
        Rule = c.Rule,
        Evidence = c.Evidence,
    };
}
