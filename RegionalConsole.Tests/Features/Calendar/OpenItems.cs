using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Calendar;

/// <summary>Review items written straight to the database, due dates as the stored calendar gives them today.</summary>
internal static class OpenItems
{
    private static int _serial;

    public static async Task<int> AddAsync(ConsoleAppFactory app, string centre, DateOnly submitted, DateOnly? courseStart = null, ReviewOutcome? outcome = null)
    {
        var calendar = await app.Services.GetRequiredService<CalendarService>().GetAsync();
        var due = calendar.ReviewDueDate(submitted, Counties.IsKnown(centre) ? centre : null);
        var start = courseStart ?? due.AddDays(30);
        return await app.WithDbAsync(async db =>
        {
            var course = await NewCourseAsync(db, centre, start);
            var submittedAt = TimeZoneInfo.ConvertTimeToUtc(submitted.ToDateTime(new TimeOnly(10, 0)), RocDate.Taipei);
            var item = new ReviewItem
            {
                Kind = ReviewKind.Course,
                CentreCode = centre,
                Course = course,
                SubmittedAt = submittedAt,
                SubmittedDate = submitted,
                DueDate = due,
                CourseStart = start,
                OrderDate = start < due ? start : due,
                IsUrgent = start <= due,
                Title = course.Title,
                OrganiserName = "測試國小",
                Outcome = outcome,
                DecidedAt = outcome is null ? null : submittedAt.AddHours(2),
                DecidedDate = outcome is null ? null : submitted,
            };
            db.ReviewItems.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
    }

    public static Task<ReviewItem> GetAsync(ConsoleAppFactory app, int id) =>
        app.WithDbAsync(db => db.ReviewItems.AsNoTracking().SingleAsync(i => i.Id == id));

    public static Task<List<AuditEntry>> AuditOfAsync(ConsoleAppFactory app, int id)
    {
        var entityId = id.ToString(CultureInfo.InvariantCulture);
        return app.WithDbAsync(db => db.AuditLog.AsNoTracking()
            .Where(a => a.EntityType == nameof(ReviewItem) && a.EntityId == entityId)
            .OrderBy(a => a.Id)
            .ToListAsync());
    }

    private static async Task<Course> NewCourseAsync(ConsoleDbContext db, string centre, DateOnly start)
    {
        var organiser = await db.Institutions.OrderBy(i => i.Code).Select(i => i.Code).FirstAsync();
        var serial = Interlocked.Increment(ref _serial);
        var course = new Course
        {
            CourseNo = $"T{Guid.NewGuid():N}"[..20],
            OrganiserCode = organiser,
            CentreCode = centre,
            Title = $"日曆測試課程 {serial}",
            StartDate = start,
            EndDate = start,
            CreatedAt = DateTime.UtcNow,
        };
        db.Courses.Add(course);
        return course;
    }
}
