using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Auth;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Queues;

/// <summary>Review items written straight to the database, and the people who work them.</summary>
internal sealed class QueueData(ConsoleAppFactory app)
{
    private static int _serial;

    public static WorkingCalendar Calendar { get; } = WorkingCalendar.FromShipped();

    /// <summary>Wednesday 2026-11-25 in Taipei, the factory clock's day.</summary>
    public static DateOnly Today { get; } = RocDate.TaipeiDate(ConsoleAppFactory.DefaultNow);

    public QueueService Service => app.Services.CreateScope().ServiceProvider.GetRequiredService<QueueService>();

    /// <summary>Tests of one class share a database and run one at a time: each starts from empty queues.</summary>
    public Task ResetAsync() => app.WithDbAsync(async db =>
    {
        await db.ReviewItems.ExecuteDeleteAsync();
        await db.TagReviews.ExecuteDeleteAsync();
        await db.CourseVersions.ExecuteDeleteAsync();
        await db.Courses.ExecuteDeleteAsync();
        return 0;
    });

    public Task<ConsoleUser> UserAsync(string userName) => app.WithDbAsync(async db =>
    {
        var a = await db.Accounts.SingleAsync(x => x.UserName == userName);
        return new ConsoleUser(a.Id, a.UserName, a.DisplayName, new AccessScope(a.Role, a.CentreCode, a.SupervisorScope));
    });

    /// <summary>An item submitted at <paramref name="submitted"/> (Taipei time), its due date worked out by the office calendar.</summary>
    public Task<ReviewItem> AddAsync(string centre, DateTime submitted, ReviewKind kind = ReviewKind.Course, DateOnly? courseStart = null,
        string title = "課程設計工作坊", string organiser = "臺北市立建國高級中學", string? courseNo = null, string[]? tags = null,
        int errors = 0, string? assignee = null, DateTime? decided = null) => app.WithDbAsync(async db =>
    {
        var submittedUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(submitted, DateTimeKind.Unspecified), RocDate.Taipei);
        var due = Calendar.ReviewDueDate(RocDate.TaipeiDate(submittedUtc), centre);
        var start = courseStart ?? due.AddDays(30);
        var course = new Course
        {
            CourseNo = courseNo ?? $"1159{Interlocked.Increment(ref _serial):000000}",
            OrganiserCode = await db.Institutions.Select(i => i.Code).FirstAsync(),
            CentreCode = centre,
            Title = title,
            StartDate = start,
            EndDate = start,
            CreatedAt = submittedUtc,
        };
        course.Versions.Add(new CourseVersion
        {
            VersionNo = 1,
            SubmittedAt = submittedUtc,
            Title = title,
            Tags = [.. tags ?? []],
            DeliveryMode = RegionalConsole.Domain.Checks.DeliveryMode.InPerson,
            StartDate = start,
            EndDate = start,
        });
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        var item = new ReviewItem
        {
            Kind = kind,
            CentreCode = centre,
            CourseId = course.Id,
            CourseVersionId = course.Versions[0].Id,
            SubmittedAt = submittedUtc,
            SubmittedDate = RocDate.TaipeiDate(submittedUtc),
            DueDate = due,
            CourseStart = start,
            OrderDate = start < due ? start : due,
            IsUrgent = ReviewClock.IsUrgent(start, due),
            // As ReviewItem.FollowVersion names the version's tags: labels in front of the title, names for the tag filter.
            Title = TaggedTitle.Format(tags ?? [], title),
            DeclaredTags = TagReviews.QueueList(tags ?? [], TagRegistry.Default),
            OrganiserName = organiser,
            ErrorCount = errors,
            AssigneeId = assignee is null ? null : await db.Accounts.Where(a => a.UserName == assignee).Select(a => a.Id).SingleAsync(),
        };
        if (decided is { } at)
        {
            var decidedUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(at, DateTimeKind.Unspecified), RocDate.Taipei);
            (item.Outcome, item.DecidedAt, item.DecidedDate) = (ReviewOutcome.Approved, decidedUtc, RocDate.TaipeiDate(decidedUtc));
        }

        db.ReviewItems.Add(item);
        await db.SaveChangesAsync();
        return item;
    });

    public Task<ReviewItem> ItemAsync(int id) => app.WithDbAsync(db => db.ReviewItems.AsNoTracking().SingleAsync(i => i.Id == id));

    public Task<List<AuditEntry>> AuditOfAsync(int id) => app.WithDbAsync(db =>
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return db.AuditLog.AsNoTracking().Where(a => a.EntityType == nameof(ReviewItem) && a.EntityId == key).OrderBy(a => a.Id).ToListAsync();
    });

    public async Task<List<int>> IdsAsync(ConsoleUser user, string centre, QueueFilter? filter = null, ReviewKind kind = ReviewKind.Course)
    {
        var page = await Service.PageAsync(user, new QueueQuery(centre, kind, filter ?? new QueueFilter(), PageSize: 100));
        return [.. page.Rows.Select(r => r.Id)];
    }
}
