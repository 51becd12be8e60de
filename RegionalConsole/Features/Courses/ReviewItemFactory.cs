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
        Refresh(item, version);
    }

    /// <summary>Keeps the item's denormalised columns in step with the version under review.</summary>
    public static void Refresh(ReviewItem item, CourseVersion version)
    {
        if (version.Id != 0)
        {
            item.CourseVersionId = version.Id;
        }

        item.Title = version.Title;
        item.CourseStart = version.StartDate;
        item.OrderDate = version.StartDate < item.DueDate ? version.StartDate : item.DueDate;
        // SPEC §4: a course starting on or before its review due date needs the decision before enrolment.
        item.IsUrgent = version.StartDate <= item.DueDate;
        item.ErrorCount = version.ErrorCount;
        item.WarningCount = version.WarningCount;
        item.Revision = Guid.NewGuid();
    }
}
