using RegionalConsole.Data.Entities;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Features.Tags;

namespace RegionalConsole.Features.Courses;

/// <summary>
/// Opens review items on the office calendar as it stands (管理規定第11條第8款; SPEC §4): the rules are the item's own
/// (<see cref="ReviewItem.OpenCourseReview"/>, <see cref="ReviewItem.OpenFollowUp"/>); this loads the calendar and the
/// tags as stored, which name the item's declared tags for the queue.
/// </summary>
public sealed class ReviewItemFactory(CalendarService calendar, TagRegistryService tags)
{
    public async Task<ReviewItem> CreateAsync(Course course, CourseVersion version, string organiserName, DateTime submittedUtc, CancellationToken ct) =>
        ReviewItem.OpenCourseReview(course, version, organiserName, submittedUtc, await calendar.GetAsync(ct), await tags.GetAsync(ct));

    /// <summary>An undecided item shows a new version of its course (<see cref="ReviewItem.FollowVersion"/>).</summary>
    public async Task FollowAsync(ReviewItem item, CourseVersion version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.FollowVersion(version, await tags.GetAsync(ct));
    }

    /// <summary>A roster or cancellation review for a course already decided, flagged by its own checks.</summary>
    public async Task<ReviewItem> CreateFollowUpAsync(ReviewKind kind, Course course, CourseVersion version, string organiserName,
        DateTime submittedUtc, int errorCount, int warningCount, CancellationToken ct) =>
        ReviewItem.OpenFollowUp(kind, course, version, organiserName, submittedUtc, await calendar.GetAsync(ct), errorCount, warningCount,
            await tags.GetAsync(ct));
}
