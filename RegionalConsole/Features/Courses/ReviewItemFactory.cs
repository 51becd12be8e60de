using RegionalConsole.Data.Entities;
using RegionalConsole.Features.Calendar;

namespace RegionalConsole.Features.Courses;

/// <summary>
/// Opens review items on the office calendar as it stands (管理規定第11條第8款; SPEC §4): the rules are the item's own
/// (<see cref="ReviewItem.OpenCourseReview"/>, <see cref="ReviewItem.OpenFollowUp"/>); this loads the calendar.
/// </summary>
public sealed class ReviewItemFactory(CalendarService calendar)
{
    public async Task<ReviewItem> CreateAsync(Course course, CourseVersion version, string organiserName, DateTime submittedUtc, CancellationToken ct) =>
        ReviewItem.OpenCourseReview(course, version, organiserName, submittedUtc, await calendar.GetAsync(ct));

    /// <summary>A roster or cancellation review for a course already decided, flagged by its own checks.</summary>
    public async Task<ReviewItem> CreateFollowUpAsync(ReviewKind kind, Course course, CourseVersion version, string organiserName,
        DateTime submittedUtc, int errorCount, int warningCount, CancellationToken ct) =>
        ReviewItem.OpenFollowUp(kind, course, version, organiserName, submittedUtc, await calendar.GetAsync(ct), errorCount, warningCount);
}
