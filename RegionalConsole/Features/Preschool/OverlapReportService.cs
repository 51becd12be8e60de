using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Preschool;

namespace RegionalConsole.Features.Preschool;

/// <summary>One make-up record that overlaps a long online course, as /preschool lists it (national ID masked, SPEC §11).</summary>
public sealed record OverlapRow(string MaskedNationalId, string TeacherName, string PreschoolName, MakeUpOverlap Overlap);

/// <summary>
/// The make-up records (補登) of this and last ROC year that overlap a long online course already recorded for the same
/// teacher (SPEC §7; rule in <see cref="MakeUpOverlapRule"/>), for teachers serving at preschools the person may see.
/// Course dates and delivery come from the course's current version.
/// </summary>
public sealed class OverlapReportService(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider clock, PreschoolOptions options)
{
    public async Task<IReadOnlyList<OverlapRow>> ListAsync(ConsoleUser user, string? county, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!PreschoolScope.TryCounty(user, county, out var scoped))
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var since = new DateOnly(RocDate.TaipeiDate(clock.GetUtcNow()).Year - 1, 1, 1);
        var teachers = from t in db.Teachers
                       join i in db.Institutions on t.ServingInstitutionCode equals i.Code
                       where i.Type == InstitutionType.Preschool && (scoped == null || i.CountyCode == scoped)
                       select new { t.NationalId, t.Name, Preschool = i.Name };
        var versions = from c in db.Courses
                       join v in db.CourseVersions on new { c.Id, No = c.CurrentVersionNo } equals new { Id = v.CourseId, No = v.VersionNo }
                       select new { CourseId = c.Id, v.DeliveryMode };
        // Only teachers with an online record can have an overlap: keeps the load small at national scale.
        var withOnline = from r in db.StudyRecords
                         where r.IssuedDate >= since
                         join v in versions on r.CourseId equals v.CourseId
                         where v.DeliveryMode == DeliveryMode.Online
                         select r.NationalId;
        var records = await (
            from r in db.StudyRecords.AsNoTracking()
            where r.IssuedDate >= since && withOnline.Contains(r.NationalId)
            join t in teachers on r.NationalId equals t.NationalId
            join c in db.Courses on r.CourseId equals c.Id
            join v in db.CourseVersions on new { c.Id, No = c.CurrentVersionNo } equals new { Id = v.CourseId, No = v.VersionNo }
            select new { r.Id, r.NationalId, t.Name, t.Preschool, c.CourseNo, v.Title, v.StartDate, v.EndDate, r.Hours, r.IssuedDate, v.DeliveryMode })
            .ToListAsync(ct);
        var people = records.DistinctBy(r => r.NationalId).ToDictionary(r => r.NationalId, r => (r.Name, r.Preschool), StringComparer.Ordinal);
        var lines = records.Select(r => new StudyLine(r.Id, r.NationalId, r.CourseNo, r.Title, r.StartDate, r.EndDate, r.Hours, r.IssuedDate,
            r.DeliveryMode == DeliveryMode.Online));
        return [.. options.Overlap.Find(lines).Select(o =>
            new OverlapRow(NationalId.Mask(o.MakeUp.NationalId), people[o.MakeUp.NationalId].Name, people[o.MakeUp.NationalId].Preschool, o))];
    }
}
