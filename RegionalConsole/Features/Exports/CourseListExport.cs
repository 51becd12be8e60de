using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Features.Statistics;

namespace RegionalConsole.Features.Exports;

/// <summary>A course as the course list export writes it.</summary>
public sealed record CourseListRow(
    string CourseNo,
    string CentreCode,
    string OrganiserCode,
    string OrganiserName,
    string Title,
    DateOnly StartDate,
    DateOnly EndDate,
    CourseStatus Status,
    int EnrolledCount,
    DateTime CreatedAt);

/// <summary>The courses starting in a statistics period in the centres of a scope, streamed in the order they were registered.</summary>
public sealed class CourseListExport(IDbContextFactory<ConsoleDbContext> contexts)
{
    public async IAsyncEnumerable<CourseListRow> RowsAsync(StatisticsScope scope, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = ExportQuery.RowsAsync(db, Query(db, scope), r => new CourseListRow(r.Text("CourseNo"), r.Text("CentreCode"), r.Text("OrganiserCode"),
            r.Text("OrganiserName"), r.Text("Title"), r.Date("StartDate"), r.Date("EndDate"), r.Enum<CourseStatus>("Status"),
            r.Integer("EnrolledCount"), r.Instant("CreatedAt")), ct);
        await foreach (var row in rows)
        {
            yield return row;
        }
    }

    /// <summary>
    /// The export's command as <see cref="ExportQuery"/> sends it, with its parameters: read outside EF's pipeline, it
    /// passes no interceptor, so the plan test asks for it here.
    /// </summary>
    public static DbCommand Command(ConsoleDbContext db, StatisticsScope scope) => Query(db, scope).CreateDbCommand();

    private static IQueryable<CourseListColumns> Query(ConsoleDbContext db, StatisticsScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        DateOnly from = scope.Filter.From, until = scope.Filter.Until;
        // Registration (id) order: within a year it is course-number order (Course.AssignNumber), and reading by id
        // streams without first sorting the whole period.
        return db.Courses.AsNoTracking().InCentres(scope)
            .Where(c => c.StartDate >= from && c.StartDate < until)
            .OrderBy(c => c.Id)
            .Select(c => new CourseListColumns
            {
                CourseNo = c.CourseNo,
                CentreCode = c.CentreCode,
                OrganiserCode = c.OrganiserCode,
                OrganiserName = c.Organiser!.Name,
                Title = c.Title,
                StartDate = c.StartDate,
                EndDate = c.EndDate,
                Status = c.Status,
                EnrolledCount = c.EnrolledCount,
                CreatedAt = c.CreatedAt,
            });
    }

    /// <summary>The query's columns, read back by these names.</summary>
    private sealed class CourseListColumns
    {
        public required string CourseNo { get; init; }
        public required string CentreCode { get; init; }
        public required string OrganiserCode { get; init; }
        public required string OrganiserName { get; init; }
        public required string Title { get; init; }
        public DateOnly StartDate { get; init; }
        public DateOnly EndDate { get; init; }
        public CourseStatus Status { get; init; }
        public int EnrolledCount { get; init; }
        public DateTime CreatedAt { get; init; }
    }
}
