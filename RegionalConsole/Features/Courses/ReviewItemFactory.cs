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
