using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Domain.Teachers;
using RegionalConsole.Features.Tags;

namespace RegionalConsole.Features.Teachers;

/// <param name="Reference">Stands for the teacher in links and exports, so no national ID travels in an address or a log.</param>
public sealed record TeacherMatch(string Reference, string ShownId, string Name, string? ServingName);

public sealed record StudyRecordRow(string CourseNo, string Title, decimal Hours, DateOnly IssuedDate, IReadOnlyList<string> Tags);

public sealed record TeacherRecord(string Reference, string ShownId, string Name, string? ServingCode, string? ServingName,
    IReadOnlyList<StudyRecordRow> Records, StudyTotals Totals);

/// <summary>
/// 教師資料: a teacher's serving institution and the study records the console issued (<c>StudyRecord</c>), within
/// the reader's scope (<see cref="TeacherRecordAccess"/>), the national ID masked except for administrators.
/// </summary>
public sealed class TeacherRecordService(IDbContextFactory<ConsoleDbContext> contexts, TagRegistryService tags, IDataProtectionProvider protection,
    TimeProvider clock)
{
    internal const int MatchLimit = 50;

    private readonly ITimeLimitedDataProtector _references =
        protection.CreateProtector("RegionalConsole.Teachers.Reference").ToTimeLimitedDataProtector();

    /// <summary>
    /// Teachers matching a name (part of it) and optionally their serving institution's name or code, among those the user
    /// may read; administrators may also give a national ID (exact). Every search is audited (SPEC §13.3); an ID search by
    /// anyone else finds nothing (<see cref="TeacherRecordAccess.MayLookUpByNationalId"/>).
    /// </summary>
    public async Task<List<TeacherMatch>> SearchAsync(ConsoleUser user, string? text, string? servingText = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var term = text?.Trim() ?? "";
        var place = servingText?.Trim() ?? "";
        if (term.Length == 0 && place.Length == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var byId = TeacherRecordAccess.IsIdSearch(term);
        var refused = byId && !TeacherRecordAccess.MayLookUpByNationalId(user.Scope);
        db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, "TeacherSearch", "Teacher", "search",
            after: new { Term = NationalId.MaskAll(term), Serving = place, Refused = refused }));
        await db.SaveChangesAsync(ct);
        if (refused || (byId && !NationalId.IsValid(term)))
        {
            return [];
        }

        var teachers = Readable(db, user);
        if (byId)
        {
            var id = term.ToUpperInvariant();
            teachers = teachers.Where(t => t.NationalId == id);
        }
        else if (term.Length > 0)
        {
            teachers = teachers.Where(t => t.Name.Contains(term));
        }

        if (place.Length > 0)
        {
            teachers = teachers.Where(t => db.Institutions.Any(i => i.Code == t.ServingInstitutionCode && (i.Code == place || i.Name.Contains(place))));
        }

        var rows = await (
                from t in teachers
                join i in db.Institutions on t.ServingInstitutionCode equals i.Code into serving
                from i in serving.DefaultIfEmpty()
                orderby t.Name, t.NationalId
                select new { t.NationalId, t.Name, Serving = i == null ? null : i.Name })
            .Take(MatchLimit).ToListAsync(ct);
        return [.. rows.Select(r => new TeacherMatch(Reference(r.NationalId), TeacherRecordAccess.ShownNationalId(user.Scope, r.NationalId), r.Name, r.Serving))];
    }

    /// <summary>The teacher's record, or null when the reference is unknown, expired or the teacher is outside the user's scope.</summary>
    public async Task<TeacherRecord?> RecordAsync(ConsoleUser user, string reference, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (NationalIdOf(reference) is not { } id)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var teacher = await db.Teachers.AsNoTracking().SingleOrDefaultAsync(t => t.NationalId == id, ct);
        if (teacher is null)
        {
            return null;
        }

        db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, "TeacherRecordViewed", "Teacher", NationalId.Mask(id)));
        await db.SaveChangesAsync(ct);

        var serving = teacher.ServingInstitutionCode is { } code
            ? await db.Institutions.AsNoTracking().SingleOrDefaultAsync(i => i.Code == code, ct)
            : null;
        var centreScopes = await db.Centres.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.SupervisorScope, StringComparer.Ordinal, ct);
        var records = await (
                from s in db.StudyRecords.AsNoTracking()
                where s.NationalId == id
                join c in db.Courses on s.CourseId equals c.Id
                join v in db.CourseVersions on new { CourseId = c.Id, VersionNo = c.CurrentVersionNo } equals new { v.CourseId, v.VersionNo }
                orderby s.IssuedDate, c.CourseNo
                select new { c.CourseNo, c.Title, s.Hours, s.IssuedDate, s.CentreCode, VersionId = v.Id, v.Tags })
            .ToListAsync(ct);

        var ties = records.Select(r => r.CentreCode).Append(serving?.CentreCode).OfType<string>().Distinct(StringComparer.Ordinal)
            .Where(centreScopes.ContainsKey).Select(c => new TeacherCentre(c, centreScopes[c]));
        if (!TeacherRecordAccess.MayRead(user.Scope, ties))
        {
            return null;
        }

        var versionIds = records.Select(r => r.VersionId).Distinct().ToList();
        var reviews = (await db.TagReviews.AsNoTracking().Where(r => versionIds.Contains(r.CourseVersionId))
                .Select(r => new { r.CourseVersionId, r.TagName, r.State }).ToListAsync(ct))
            .ToLookup(r => r.CourseVersionId);
        var registry = await tags.GetAsync(ct);
        var rows = records.Select(r => new StudyRecordRow(r.CourseNo, r.Title, r.Hours, r.IssuedDate,
            TagReviews.Confirmed(r.Tags, reviews[r.VersionId].ToDictionary(x => x.TagName, x => x.State, StringComparer.Ordinal), registry))).ToList();
        var totals = StudyTotals.Of(rows.Select(r => new StudyHours(RocDate.Year(r.IssuedDate), r.Hours, r.Tags)));
        return new TeacherRecord(reference, TeacherRecordAccess.ShownNationalId(user.Scope, id), teacher.Name, serving?.Code, serving?.Name, rows, totals);
    }

    /// <summary>Teachers the user may read, as SQL: the rule of <see cref="TeacherRecordAccess.MayRead"/>.</summary>
    private static IQueryable<Data.Entities.Teacher> Readable(ConsoleDbContext db, ConsoleUser user)
    {
        var teachers = db.Teachers.AsNoTracking();
        var scope = user.Scope;
        IQueryable<string> centres;
        switch (scope.Role)
        {
            case ConsoleRole.Administrator:
                return teachers;
            case ConsoleRole.Supervisor:
                centres = db.Centres.Where(c => c.SupervisorScope == scope.SupervisorScope).Select(c => c.Code);
                break;
            default:
                centres = db.Centres.Where(c => c.Code == scope.CentreCode).Select(c => c.Code);
                break;
        }

        return teachers.Where(t =>
            db.Institutions.Any(i => i.Code == t.ServingInstitutionCode && i.CentreCode != null && centres.Contains(i.CentreCode))
            || db.StudyRecords.Any(s => s.NationalId == t.NationalId && centres.Contains(s.CentreCode)));
    }

    // An hour is enough to look a teacher up and export; a stale link then says "not found" rather than leaking.
    private string Reference(string nationalId) => _references.Protect(nationalId, TimeSpan.FromHours(1));

    private string? NationalIdOf(string reference)
    {
        try
        {
            return _references.Unprotect(reference);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
