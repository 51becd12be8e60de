using System.Linq.Expressions;

namespace RegionalConsole.Data.Entities;

/// <summary>
/// The queue order of SPEC §4, once: overdue first, then the earlier of due date and course start
/// (<see cref="ReviewItem.OrderDate"/>, see <see cref="Domain.Review.QueuePlace"/>), then submission time; the id breaks
/// ties. Plain LINQ expressions: the queue, the review screen's next/previous and the tests order by the same ones, in
/// SQL or in memory. Within each part the order is (OrderDate, SubmittedAt, Id), which the queue index serves.
/// </summary>
public static class ReviewQueueOrder
{
    /// <summary>The whole order in one ORDER BY (short lists: the navigation's next item, tests).</summary>
    public static IOrderedQueryable<ReviewItem> InQueueOrder(this IQueryable<ReviewItem> items, DateOnly today) =>
        items.OrderBy(i => i.DueDate < today ? 0 : 1).ThenBy(i => i.OrderDate).ThenBy(i => i.SubmittedAt).ThenBy(i => i.Id);

    /// <summary>The whole order backwards.</summary>
    public static IOrderedQueryable<ReviewItem> InReverseQueueOrder(this IQueryable<ReviewItem> items, DateOnly today) =>
        items.OrderByDescending(i => i.DueDate < today ? 0 : 1).ThenByDescending(i => i.OrderDate)
            .ThenByDescending(i => i.SubmittedAt).ThenByDescending(i => i.Id);

    /// <summary>
    /// The overdue part, in order. Its order date is never later than its due date, so it is the index range before
    /// today: a page of it stops after a page, where one ORDER BY on "is overdue" would sort the whole queue first.
    /// </summary>
    public static IOrderedQueryable<ReviewItem> OverduePart(this IQueryable<ReviewItem> items, DateOnly today) =>
        WithinPart(items.Where(i => i.DueDate < today && i.OrderDate < today));

    /// <summary>The rest of the queue after the overdue part, in order.</summary>
    public static IOrderedQueryable<ReviewItem> NotOverduePart(this IQueryable<ReviewItem> items, DateOnly today) =>
        WithinPart(items.Where(i => i.DueDate >= today));

    /// <summary>Items after <paramref name="p"/> in queue order: a later part, or the same part and a later key.</summary>
    public static Expression<Func<ReviewItem, bool>> After(QueuePosition p, DateOnly today) => p.DueDate < today
        ? i => i.DueDate >= today || (i.OrderDate > p.OrderDate || (i.OrderDate == p.OrderDate
            && (i.SubmittedAt > p.SubmittedAt || (i.SubmittedAt == p.SubmittedAt && i.Id > p.Id))))
        : i => i.DueDate >= today && (i.OrderDate > p.OrderDate || (i.OrderDate == p.OrderDate
            && (i.SubmittedAt > p.SubmittedAt || (i.SubmittedAt == p.SubmittedAt && i.Id > p.Id))));

    /// <summary>Items before <paramref name="p"/> in queue order.</summary>
    public static Expression<Func<ReviewItem, bool>> Before(QueuePosition p, DateOnly today) => p.DueDate < today
        ? i => i.DueDate < today && (i.OrderDate < p.OrderDate || (i.OrderDate == p.OrderDate
            && (i.SubmittedAt < p.SubmittedAt || (i.SubmittedAt == p.SubmittedAt && i.Id < p.Id))))
        : i => i.DueDate < today || (i.OrderDate < p.OrderDate || (i.OrderDate == p.OrderDate
            && (i.SubmittedAt < p.SubmittedAt || (i.SubmittedAt == p.SubmittedAt && i.Id < p.Id))));

    private static IOrderedQueryable<ReviewItem> WithinPart(IQueryable<ReviewItem> items) =>
        items.OrderBy(i => i.OrderDate).ThenBy(i => i.SubmittedAt).ThenBy(i => i.Id);
}

/// <summary>Where an item stands in its queue: the columns of <see cref="ReviewQueueOrder"/>.</summary>
public sealed record QueuePosition(int Id, DateOnly DueDate, DateOnly OrderDate, DateTime SubmittedAt);
