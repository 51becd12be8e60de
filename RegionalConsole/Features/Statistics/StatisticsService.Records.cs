using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Schedule;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Features.Statistics;

public sealed partial class StatisticsService
{
    /// <summary>
    /// Courses starting in the period per tag their reviewed version carries as confirmed: declared and confirmed,
    /// or added by the reviewer — <see cref="TagReviews.Confirmed"/> in SQL. A declared tag nobody confirmed does not count.
    /// </summary>
    public async Task<List<TagCountRow>> TagsAsync(StatisticsScope scope, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        DateOnly start = scope.Filter.From, until = scope.Filter.Until;
        await using var db = await ReadAsync(ct);
        var counts = await (
                from r in db.TagReviews
                where r.State == TagReviewState.Confirmed || r.State == TagReviewState.Added
                join v in db.CourseVersions on r.CourseVersionId equals v.Id
                join c in db.Courses.InCentres(scope) on v.CourseId equals c.Id
                where v.VersionNo == c.CurrentVersionNo
                      && c.StartDate >= start && c.StartDate < until && c.Status != CourseStatus.Cancelled
                group c by r.TagName into g
                select new { TagName = g.Key, Courses = g.Count() })
            .ToListAsync(ct);
        var labels = await db.Tags.AsNoTracking().ToDictionaryAsync(t => t.Name, t => t.Label, ct);
        return [.. counts.OrderByDescending(c => c.Courses).ThenBy(c => c.TagName, StringComparer.Ordinal)
            .Select(c => new TagCountRow(c.TagName, labels.GetValueOrDefault(c.TagName, c.TagName), scope.Filter.Year, c.Courses))];
    }

    /// <summary>Cancellations submitted in the period by reason category (SPEC §5.5), with how many people were told.</summary>
    public async Task<List<CancellationReasonRow>> CancellationsAsync(StatisticsScope scope, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        DateTime start = scope.Filter.FromUtc, until = scope.Filter.UntilUtc;
        await using var db = await ReadAsync(ct);
        var rows = await (
                from x in db.Cancellations
                join c in db.Courses.InCentres(scope) on x.CourseId equals c.Id
                where x.SubmittedAt >= start && x.SubmittedAt < until
                group x by x.ReasonCategory into g
                select new { Reason = g.Key, Count = g.Count(), Recipients = g.Sum(x => x.Recipients ?? 0) })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Count).ThenBy(r => r.Reason, StringComparer.Ordinal)
            .Select(r => new CancellationReasonRow(r.Reason, r.Count, r.Recipients))];
    }

    /// <summary>Hours issued in the period (study records, written when a roster is approved) by organiser county.</summary>
    public async Task<List<CountyHoursRow>> CountyHoursAsync(StatisticsScope scope, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var county = scope.Filter.County;
        DateOnly start = scope.Filter.From, until = scope.Filter.Until;
        await using var db = await ReadAsync(ct);
        var rows = await db.StudyRecords.InCentres(scope)
            .Where(r => r.IssuedDate >= start && r.IssuedDate < until && (county == null || r.CountyCode == county))
            .GroupBy(r => r.CountyCode)
            .Select(g => new { County = g.Key, Records = g.Count(), Hours = g.Sum(r => r.Hours) })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.County, StringComparer.Ordinal)
            .Select(r => new CountyHoursRow(r.County, CountyName(r.County), r.Records, Hours(r.Hours)))];
    }

    /// <summary>Hours issued in the period to teachers serving at a preschool (教保服務人員), by the preschool's county (SPEC §7).</summary>
    public async Task<List<PreschoolHoursRow>> PreschoolHoursAsync(StatisticsScope scope, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var county = scope.Filter.County;
        DateOnly start = scope.Filter.From, until = scope.Filter.Until;
        await using var db = await ReadAsync(ct);
        var rows = await (
                from r in db.StudyRecords.InCentres(scope)
                where r.IssuedDate >= start && r.IssuedDate < until
                join t in db.Teachers on r.NationalId equals t.NationalId
                join i in db.Institutions on t.ServingInstitutionCode equals i.Code
                where i.Type == InstitutionType.Preschool && (county == null || i.CountyCode == county)
                group new { r.NationalId, r.Hours } by i.CountyCode into g
                select new
                {
                    County = g.Key,
                    Teachers = g.Select(x => x.NationalId).Distinct().Count(),
                    Records = g.Count(),
                    Hours = g.Sum(x => x.Hours),
                })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.County, StringComparer.Ordinal)
            .Select(r => new PreschoolHoursRow(r.County, CountyName(r.County), r.Teachers, r.Records, Hours(r.Hours)))];
    }

    /// <summary>Hours to two places: SQLite sums them as floating point, so the last digits are noise.</summary>
    private static decimal Hours(decimal sum) => Math.Round(sum, 2);

    private static string CountyName(string code) => Counties.Names.GetValueOrDefault(code, code);
}
