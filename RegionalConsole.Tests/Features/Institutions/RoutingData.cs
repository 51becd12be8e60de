using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Institutions;

/// <summary>Organisers and review items written straight to the database for routing tests.</summary>
internal static class RoutingData
{
    public static Task AddOrganiserAsync(ConsoleAppFactory app, string code, InstitutionType type, string county, string? centre) =>
        app.WithDbAsync(async db =>
        {
            db.Institutions.Add(new Institution { Code = code, Name = $"路由測試{code}", Type = type, CountyCode = county, CentreCode = centre });
            return await db.SaveChangesAsync();
        });

    /// <summary>A course of the organiser with one review item at <paramref name="centre"/>; answers the item's id.</summary>
    public static Task<int> AddItemAsync(ConsoleAppFactory app, string organiser, string centre, ReviewOutcome? outcome = null) =>
        app.WithDbAsync(async db =>
        {
            var start = new DateOnly(2027, 1, 20);
            var course = new Course
            {
                CourseNo = $"R{Guid.NewGuid():N}"[..20],
                OrganiserCode = organiser,
                CentreCode = centre,
                Title = "路由測試課程",
                StartDate = start,
                EndDate = start,
                CreatedAt = ConsoleAppFactory.DefaultNow.UtcDateTime,
                Status = outcome is null ? CourseStatus.PendingReview : CourseStatus.Approved,
            };
            var item = new ReviewItem
            {
                Kind = ReviewKind.Course,
                CentreCode = centre,
                Course = course,
                SubmittedAt = ConsoleAppFactory.DefaultNow.UtcDateTime,
                SubmittedDate = new DateOnly(2026, 11, 25),
                DueDate = new DateOnly(2026, 11, 30),
                CourseStart = start,
                OrderDate = new DateOnly(2026, 11, 30),
                Title = course.Title,
                OrganiserName = organiser,
                Outcome = outcome,
                AssigneeId = await db.Accounts.Where(a => a.CentreCode == centre).Select(a => (int?)a.Id).FirstOrDefaultAsync(),
            };
            db.ReviewItems.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });

    public static Task<Dictionary<int, string>> CentresOfItemsAsync(ConsoleAppFactory app) =>
        app.WithDbAsync(db => db.ReviewItems.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.CentreCode));
}
