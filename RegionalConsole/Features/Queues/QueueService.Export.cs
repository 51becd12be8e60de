using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.Queues;

/// <summary>One queue item as the raw export writes it, with its SLA state as of today.</summary>
public sealed record QueueExportRow(
    string CourseNo,
    ReviewKind Kind,
    string Title,
    string OrganiserName,
    DateTime SubmittedAt,
    DateOnly DueDate,
    DateOnly CourseStart,
    bool IsUrgent,
    SlaState State,
    string? AssigneeName,
    int ErrorCount,
    int WarningCount,
    ReviewOutcome? Outcome);

public sealed partial class QueueService
{
    /// <summary>
    /// Every item of a queue that the page's filters select, in the page's order, streamed from the database for a raw
    /// export (no paging). Throws <see cref="UnauthorizedAccessException"/> outside the person's scope, as the page does.
    /// </summary>
    public async IAsyncEnumerable<QueueExportRow> ExportRowsAsync(ConsoleUser user, QueueQuery query,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await RequireReadAsync(db, user, query.CentreCode, ct);
        var calendar = await calendars.GetAsync(ct);
        var dates = SlaDueDates.On(Today, calendar, query.CentreCode);
        var items = db.Matching(query, user.AccountId, dates, await db.ItemsByCourseNoAsync(query, ct), await tags.GetAsync(ct));
        IQueryable<ReviewItem>[] parts = query.Sort == QueueSort.QueueOrder && !query.Filter.IsDecidedView
            ? [items.OverduePart(dates.Today), items.NotOverduePart(dates.Today)]
            : [items.SortedBy(query.Sort, query.Descending)];
        foreach (var part in parts)
        {
            var rows = part.Select(i => new
            {
                i.Course!.CourseNo,
                i.Kind,
                i.Title,
                i.OrganiserName,
                i.SubmittedAt,
                i.DueDate,
                i.CourseStart,
                i.IsUrgent,
                AssigneeName = i.Assignee != null ? i.Assignee.DisplayName : null,
                i.ErrorCount,
                i.WarningCount,
                i.Outcome,
                i.DecidedAt,
            }).AsAsyncEnumerable();
            await foreach (var i in rows.WithCancellation(ct))
            {
                var state = i.DecidedAt is null
                    ? dates.StateOf(i.DueDate)
                    : ReviewClock.StateOf(i.DueDate, i.DecidedAt, dates.Today, calendar, query.CentreCode);
                yield return new QueueExportRow(i.CourseNo, i.Kind, i.Title, i.OrganiserName, i.SubmittedAt, i.DueDate,
                    i.CourseStart, i.IsUrgent, state, i.AssigneeName, i.ErrorCount, i.WarningCount, i.Outcome);
            }
        }
    }
}
