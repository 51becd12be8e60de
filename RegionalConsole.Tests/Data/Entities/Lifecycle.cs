using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Courses;

namespace RegionalConsole.Tests.Data.Entities;

/// <summary>Courses and review items built in memory, as the services build them, for tests of their transitions.</summary>
internal static class Lifecycle
{
    public static readonly WorkingCalendar Calendar = WorkingCalendar.FromShipped();

    /// <summary>Wednesday 2026-11-25 10:00 in Taipei: due Monday 2026-11-30.</summary>
    public static readonly DateTime Wednesday = new(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);

    public static CourseVersion Version(string start = "2026-12-10", string? segmentStart = "09:00", int errors = 0) => new()
    {
        Title = "跨文化課程設計工作坊",
        Tags = ["國際教育"],
        StartDate = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        EndDate = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        ErrorCount = errors,
        Segments = [new ScheduleSegment { Index = 0, Date = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), Start = segmentStart, End = "12:00" }],
    };

    public static Course Course(CourseStatus status = CourseStatus.PendingReview, int enrolled = 0, CourseVersion? version = null)
    {
        var course = global::RegionalConsole.Data.Entities.Course.Submit("T63001", "63000", null, version ?? Version(), Wednesday);
        course.Id = 7;
        course.Status = status;
        course.EnrolledCount = enrolled;
        return course;
    }

    public static ReviewItem Item(DateTime submitted, string start = "2026-12-10", int id = 0)
    {
        var course = Course();
        var item = ReviewItem.OpenCourseReview(course, Version(start), "臺北市立測試國民小學", submitted, Calendar);
        item.Id = id;
        return item;
    }

    public static DateTime Utc(string instant) => DateTime.Parse(instant, System.Globalization.CultureInfo.InvariantCulture,
        System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);

}
