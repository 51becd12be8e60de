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
        DateOnly from = scope.Filter.From, until = scope.Filter.Until;
        await using var db = await contexts.CreateDbContextAsync(ct);
        // Registration (id) order: within a year it is course-number order (Course.AssignNumber), and reading by id
        // streams without first sorting the whole period.
        var query = db.Courses.AsNoTracking().InCentres(scope)
            .Where(c => c.StartDate >= from && c.StartDate < until)
            .OrderBy(c => c.Id)
            .Select(c => new
            {
                c.CourseNo,
                c.CentreCode,
                c.OrganiserCode,
                OrganiserName = c.Organiser!.Name,
                c.Title,
                c.StartDate,
                c.EndDate,
                c.Status,
                c.EnrolledCount,
                c.CreatedAt,
            });
        var rows = ExportQuery.RowsAsync(db, query, r => new CourseListRow(r.Text("CourseNo"), r.Text("CentreCode"), r.Text("OrganiserCode"),
            r.Text("OrganiserName"), r.Text("Title"), r.Date("StartDate"), r.Date("EndDate"), r.Enum<CourseStatus>("Status"),
            r.Integer("EnrolledCount"), r.Instant("CreatedAt")), ct);
        await foreach (var row in rows)
        {
            yield return row;
        }
    }
}
