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
        // attendees through their foreign-key indexes; the decision is the roster's review item (found by course id,
        // which is indexed), the hours issued its study record (unique per roster and teacher). The order is the one
        // the roster and attendee indexes already hold (attendees are stored in the order sent), so the rows stream
        // without SQL first sorting every attendee of the period.
        return
            from c in db.Courses.AsNoTracking().InCentres(scope)
            where c.StartDate >= start && c.StartDate < until
            join r in db.Rosters on c.Id equals r.CourseId
            join a in db.RosterAttendees on r.Id equals a.RosterId
            from t in db.Teachers.Where(t => t.NationalId == a.NationalId).DefaultIfEmpty()
            orderby r.CourseId, r.Id, a.Id
            select new RosterListRow(
                c.CourseNo,
                c.Title,
                r.VersionNo,
                db.ReviewItems.Where(i => i.CourseId == c.Id && i.RosterId == r.Id).Select(i => i.Outcome).FirstOrDefault(),
                a.NationalId,
                t == null ? null : t.Name,
                t != null,
                t == null ? null : t.ServingInstitutionCode,
                t == null ? null : db.Institutions.Where(i => i.Code == t.ServingInstitutionCode).Select(i => i.Name).FirstOrDefault(),
                a.Hours,
                db.StudyRecords.Where(s => s.RosterId == r.Id && s.NationalId == a.NationalId).Select(s => (decimal?)s.Hours).FirstOrDefault());
    }
}
