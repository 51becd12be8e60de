using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Features.Calendar;

namespace RegionalConsole.Features.Courses;

/// <summary>Opens a course review item with a new SLA clock (管理規定第11條第8款; SPEC §4).</summary>
public sealed class ReviewItemFactory(CalendarService calendar)
{
    public async Task<ReviewItem> CreateAsync(Course course, CourseVersion version, string organiserName, DateTime submittedUtc, CancellationToken ct)
    {
        var item = new ReviewItem
        {
            Kind = ReviewKind.Course,
            CentreCode = course.CentreCode,
            Course = course,
            CourseVersionId = version.Id == 0 ? null : version.Id,
            Title = version.Title,
            OrganiserName = organiserName,
        };
        await RestartClockAsync(item, version, submittedUtc, ct);
        return item;
    }

    /// <summary>
    /// Opens a roster or cancellation review item for a course: the course is already decided, so the item is never
    /// urgent and queues order it by its due date; its flag counts are its own checks', not the course's.
    /// </summary>
    public async Task<ReviewItem> CreateFollowUpAsync(ReviewKind kind, Course course, CourseVersion version, string organiserName,
        DateTime submittedUtc, int errorCount, int warningCount, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(version);
        var submitted = RocDate.TaipeiDate(submittedUtc);
        var due = (await calendar.GetAsync(ct)).ReviewDueDate(submitted, course.CentreCode);
        return new ReviewItem
        {
            Kind = kind,
            CentreCode = course.CentreCode,
            CourseId = course.Id,
            CourseVersionId = version.Id,
            SubmittedAt = submittedUtc,
            SubmittedDate = submitted,
            DueDate = due,
            CourseStart = version.StartDate,
            OrderDate = due,
            Title = Domain.Tags.TaggedTitle.Format(version.Tags, version.Title),
            OrganiserName = organiserName,
            ErrorCount = errorCount,
            WarningCount = warningCount,
        };
    }

    /// <summary>Points an item at a version and starts its clock from that submission.</summary>
    public async Task RestartClockAsync(ReviewItem item, CourseVersion version, DateTime submittedUtc, CancellationToken ct)
    {
        var submitted = RocDate.TaipeiDate(submittedUtc);
        var due = (await calendar.GetAsync(ct)).ReviewDueDate(submitted, item.CentreCode);
        item.SubmittedAt = submittedUtc;
        item.SubmittedDate = submitted;
        item.DueDate = due;
        item.FollowVersion(version);
    }
}
