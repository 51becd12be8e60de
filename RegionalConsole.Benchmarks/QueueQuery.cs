using RegionalConsole.Data;
using RegionalConsole.Data.Entities;

namespace RegionalConsole.Benchmarks;

public enum QueueFilter
{
    None,
    WithErrors,
    Unassigned,
}

public sealed record QueueRow(int Id, string Title, string OrganiserName, DateTime SubmittedAt, DateOnly DueDate,
    DateOnly OrderDate, bool IsUrgent, int ErrorCount, int WarningCount, int? AssigneeId);

/// <summary>
/// The first page of a centre's open course queue in SLA order (SPEC §4, <see cref="Domain.Review.ReviewQueueKey"/>):
/// overdue first, then by the earlier of due date and course start, then by submission; with one filter.
/// </summary>
internal static class QueueQuery
{
    public const int PageSize = 25;

    public static IQueryable<QueueRow> FirstPage(ConsoleDbContext db, string centre, DateOnly today, QueueFilter filter)
    {
        var open = db.ReviewItems.Where(i => i.CentreCode == centre && i.Kind == ReviewKind.Course && i.Outcome == null);
        open = filter switch
        {
            QueueFilter.WithErrors => open.Where(i => i.ErrorCount > 0),
            QueueFilter.Unassigned => open.Where(i => i.AssigneeId == null),
            _ => open,
        };
        return open
            .OrderBy(i => i.DueDate < today ? 0 : 1).ThenBy(i => i.OrderDate).ThenBy(i => i.SubmittedAt)
            .Take(PageSize)
            .Select(i => new QueueRow(i.Id, i.Title, i.OrganiserName, i.SubmittedAt, i.DueDate, i.OrderDate, i.IsUrgent,
                i.ErrorCount, i.WarningCount, i.AssigneeId));
    }
}
