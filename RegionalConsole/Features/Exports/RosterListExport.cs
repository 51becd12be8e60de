using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Statistics;

namespace RegionalConsole.Features.Exports;

/// <summary>
/// One attendee of a roster as the roster export writes it. <see cref="NationalId"/> is whole here; the export's
/// column masks it unless the reader's role needs it (<see cref="RawExportColumns.Rosters"/>).
/// </summary>
public sealed record RosterListRow(
    string CourseNo,
    string Title,
    int VersionNo,
    ReviewOutcome? Outcome,
    string NationalId,
    string? TeacherName,
    bool TeacherKnown,
    string? ServingCode,
    string? ServingName,
    decimal HoursDeclared,
    decimal? HoursIssued);

/// <summary>
/// The attendees of the rosters of courses starting in a statistics period in the centres of a scope (issue #7: a
/// raw export per list), streamed course by course in registration order, each roster's attendees as sent.
/// </summary>
public sealed class RosterListExport(IDbContextFactory<ConsoleDbContext> contexts)
{
    public async IAsyncEnumerable<RosterListRow> RowsAsync(StatisticsScope scope, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = Query(db, scope);
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    /// <summary>The export's query, for its SQL to be read (EXPLAIN QUERY PLAN in the benchmark).</summary>
    public static IQueryable<RosterListRow> Query(ConsoleDbContext db, StatisticsScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        DateOnly start = scope.Filter.From, until = scope.Filter.Until;
        // Driven by the courses of the period (id order, as the course list), then each course's rosters and their
        // attendees through their foreign-key indexes. The decision (the roster's one review item), the teacher, the
        // serving institution's name and the hours issued (the study record, unique per roster and teacher) are
        // joined, each on a unique key, so every attendee stays one row: as per-row sub-queries they were three plans
        // run per attendee, 860,000 times for the national year on PostgreSQL (issue #18). The order is the one the
        // roster and attendee indexes already hold (attendees are stored in the order sent).
        return
            from c in db.Courses.AsNoTracking().InCentres(scope)
            where c.StartDate >= start && c.StartDate < until
            join r in db.Rosters on c.Id equals r.CourseId
            join a in db.RosterAttendees on r.Id equals a.RosterId
            from t in db.Teachers.Where(t => t.NationalId == a.NationalId).DefaultIfEmpty()
            from serving in db.Institutions.Where(i => i.Code == t.ServingInstitutionCode).DefaultIfEmpty()
            from item in db.ReviewItems.Where(i => i.RosterId == r.Id && i.CourseId == c.Id).DefaultIfEmpty()
            from record in db.StudyRecords.Where(s => s.RosterId == r.Id && s.NationalId == a.NationalId).DefaultIfEmpty()
            orderby r.CourseId, r.Id, a.Id
            select new RosterListRow(
                c.CourseNo,
                c.Title,
                r.VersionNo,
                item == null ? null : item.Outcome,
                a.NationalId,
                t == null ? null : t.Name,
                t != null,
                t == null ? null : t.ServingInstitutionCode,
                serving == null ? null : serving.Name,
                a.Hours,
                record == null ? null : (decimal?)record.Hours);
    }
}
