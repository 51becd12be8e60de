using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Features.Queues;

/// <summary>A queue's filters as SQL conditions on the review items of one centre and kind (SPEC §6).</summary>
internal static class QueueFiltering
{
    /// <summary>Digits from this length on are read as a course number (or its start); shorter ones as title words.</summary>
    private const int CourseNoPrefixLength = 6;

    /// <summary>Up to this many items of the numbered courses are read first; beyond it the queue query joins the courses.</summary>
    private const int ItemsByCourseNoLimit = 5_000;

    /// <summary>
    /// The queue's items of the courses whose numbers start with the searched digits, read first through the
    /// course-number and course indexes, so that the queue query keeps a short list of ids from its own index.
    /// Null when the search is no course number, or names too many courses to list.
    /// </summary>
    public static async Task<List<int>?> ItemsByCourseNoAsync(this ConsoleDbContext db, QueueQuery query, CancellationToken ct)
    {
        if (CourseNumber(query.Filter.Search) is not { } number)
        {
            return null;
        }

        var courseIds = CoursesNumbered(db, number).Select(c => c.Id);
        var items = await db.ReviewItems.Where(i => courseIds.Contains(i.CourseId))
            .Select(i => new { i.Id, i.CentreCode, i.Kind })
            .Take(ItemsByCourseNoLimit + 1)
            .ToListAsync(ct);
        // Centre and kind are checked here: in SQL they would steer SQLite to the queue index and a scan.
        return items.Count > ItemsByCourseNoLimit
            ? null
            : [.. items.Where(i => i.CentreCode == query.CentreCode && i.Kind == query.Kind).Select(i => i.Id)];
    }

    /// <param name="itemsByCourseNo">From <see cref="ItemsByCourseNoAsync"/>.</param>
    /// <param name="tags">The tags as stored, which name the tag asked for (the seeded ones when none are given).</param>
    public static IQueryable<ReviewItem> Matching(this ConsoleDbContext db, QueueQuery query, int accountId, SlaDueDates dates,
        List<int>? itemsByCourseNo = null, TagRegistry? tags = null)
    {
        var filter = query.Filter;
        var items = db.ReviewItems.AsNoTracking().Where(i => i.CentreCode == query.CentreCode && i.Kind == query.Kind);
        var today = dates.Today;
        var onTrackFrom = dates.OnTrackFrom;
        items = filter.State switch
        {
            QueueState.OnTrack => items.Where(i => i.Outcome == null && i.DueDate >= onTrackFrom),
            QueueState.DueSoon => items.Where(i => i.Outcome == null && i.DueDate >= today && i.DueDate < onTrackFrom),
            QueueState.Overdue => items.Where(i => i.Outcome == null && i.DueDate < today),
            QueueState.Decided => items.Where(i => i.DecidedAt != null),
            QueueState.Met => items.Where(i => i.DecidedAt != null && i.DecidedDate <= i.DueDate),
            QueueState.Breached => items.Where(i => i.DecidedAt != null && i.DecidedDate > i.DueDate),
            _ => items.Where(i => i.Outcome == null),
        };

        items = filter.Assignee switch
        {
            AssigneeFilter.Mine => items.Where(i => i.AssigneeId == accountId),
            AssigneeFilter.Unassigned => items.Where(i => i.AssigneeId == null),
            _ => items,
        };

        if (filter.HasErrors)
        {
            items = items.Where(i => i.ErrorCount > 0);
        }

        if (filter.Tag?.Trim() is { Length: > 0 } typed)
        {
            // The tags the version carries while it is reviewed (TagReviews.Current): declared unless the reviewer
            // removed it, or added by the reviewer (SPEC §5.2). A tag is asked for by its name or label; the item keeps
            // its declared tags by name on the queue index, tag reviews are stored by name and read once per query.
            var tag = (tags ?? TagRegistry.Default).Find(typed)?.Name ?? typed;
            var needle = TagReviews.QueueNeedle(tag);
            // The state list repeats the filter of IX_TagReviews_ReviewerChanges word for word: SQLite uses a partial
            // index only for a query that names its condition (without it, each list scans every tag review).
            var changes = db.TagReviews.Where(r => r.TagName == tag && new[] { TagReviewState.Added, TagReviewState.Removed }.Contains(r.State));
            var added = changes.Where(r => r.State == TagReviewState.Added).Select(r => (int?)r.CourseVersionId);
            var removed = changes.Where(r => r.State == TagReviewState.Removed).Select(r => (int?)r.CourseVersionId);
            items = items.Where(i => (i.DeclaredTags.Contains(needle) && !removed.Contains(i.CourseVersionId)) || added.Contains(i.CourseVersionId));
        }

        foreach (var word in Words(filter.Organiser))
        {
            items = items.Where(i => i.OrganiserName.Contains(word));
        }

        return Search(db, items, filter.Search, itemsByCourseNo);
    }

    /// <summary>A column the grid sorts by; the queue order of decided items is the most recent decision first.</summary>
    public static IQueryable<ReviewItem> SortedBy(this IQueryable<ReviewItem> items, QueueSort sort, bool descending)
    {
        var sorted = sort switch
        {
            QueueSort.Submitted => descending ? items.OrderByDescending(i => i.SubmittedAt) : items.OrderBy(i => i.SubmittedAt),
            QueueSort.Due => descending ? items.OrderByDescending(i => i.DueDate) : items.OrderBy(i => i.DueDate),
            QueueSort.CourseStart => descending ? items.OrderByDescending(i => i.CourseStart) : items.OrderBy(i => i.CourseStart),
            QueueSort.Errors => descending ? items.OrderByDescending(i => i.ErrorCount) : items.OrderBy(i => i.ErrorCount),
            _ => items.OrderByDescending(i => i.DecidedAt),
        };
        return sort == QueueSort.QueueOrder || descending ? sorted.ThenByDescending(i => i.Id) : sorted.ThenBy(i => i.Id);
    }

    private static IQueryable<ReviewItem> Search(ConsoleDbContext db, IQueryable<ReviewItem> items, string? search, List<int>? itemsByCourseNo)
    {
        if (CourseNumber(search) is { } number)
        {
            if (itemsByCourseNo is not null)
            {
                return items.Where(i => itemsByCourseNo.Contains(i.Id));
            }

            var courseIds = CoursesNumbered(db, number).Select(c => c.Id);
            return items.Where(i => courseIds.Contains(i.CourseId));
        }

        foreach (var word in Words(search))
        {
            items = items.Where(i => i.Title.Contains(word));
        }

        return items;
    }

    /// <summary>Course numbers are digits: a search of six or more digits and nothing else is one, or its start.</summary>
    private static string? CourseNumber(string? search) =>
        Words(search) is [var number] && number.Length >= CourseNoPrefixLength && number.All(char.IsAsciiDigit) ? number : null;

    /// <summary>A range on the unique course-number index: every number that starts with the digits.</summary>
    private static IQueryable<Course> CoursesNumbered(ConsoleDbContext db, string digits)
    {
        var (from, to) = DigitRange(digits);
        return to is null
            ? db.Courses.Where(c => string.Compare(c.CourseNo, from) >= 0)
            : db.Courses.Where(c => string.Compare(c.CourseNo, from) >= 0 && string.Compare(c.CourseNo, to) < 0);
    }

    /// <summary>"115001" → ["115001", "115002"): every digit string that starts with it; no upper end for "999".</summary>
    internal static (string From, string? To) DigitRange(string digits)
    {
        var end = digits.TrimEnd('9');
        return end.Length == 0 ? (digits, null) : (digits, end[..^1] + (char)(end[^1] + 1));
    }

    private static string[] Words(string? text) =>
        text?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
