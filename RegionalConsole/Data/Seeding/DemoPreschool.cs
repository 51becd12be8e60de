using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Data.Seeding;

/// <summary>
/// The case the minutes describe (共同研討一 提案二 說明四、五), so /preschool's overlap report has something to show: for the
/// first three preschool teachers (by national ID) a year-long online 教保 course already issued, and a make-up record
/// of a one-day course inside it issued months after the course. Deterministic: no random draws, dates relative to now.
/// </summary>
internal static class DemoPreschool
{
    public static async Task AddAsync(IDbContextFactory<ConsoleDbContext> factory, DateTime now, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var teachers = await (
            from t in db.Teachers
            join i in db.Institutions on t.ServingInstitutionCode equals i.Code
            where i.Type == InstitutionType.Preschool && i.CentreCode != null
            orderby t.NationalId
            select new { t.NationalId, Preschool = i }).Take(3).ToListAsync(ct);
        var reviewer = await db.Accounts.Where(a => a.Role == ConsoleRole.Administrator).Select(a => a.Id).FirstOrDefaultAsync(ct);
        var today = RocDate.TaipeiDate(now);
        foreach (var teacher in teachers)
        {
            var online = Course(teacher.Preschool, "幼兒園教保專業知能線上年度課程", today.AddDays(-300), today.AddDays(25), 18, DeliveryMode.Online);
            var makeUp = Course(teacher.Preschool, "幼兒園學習區規劃與觀察紀錄（補登）", today.AddDays(-120), today.AddDays(-120), 3, DeliveryMode.InPerson);
            db.Courses.AddRange(online, makeUp);
            await db.SaveChangesAsync(ct);
            foreach (var (course, issued) in new[] { (online, today.AddDays(-250)), (makeUp, today.AddDays(-40)) })
            {
                course.AssignNumber();
                await AddLifecycleAsync(db, course, teacher.Preschool, teacher.NationalId, issued, reviewer, ct);
            }

            await db.SaveChangesAsync(ct);
        }
    }

    private static Course Course(Institution organiser, string title, DateOnly start, DateOnly end, decimal hours, DeliveryMode delivery)
    {
        var submitted = start.AddDays(-20).ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);
        var version = new CourseVersion
        {
            VersionNo = 1,
            SubmittedAt = submitted,
            Title = title,
            Tags = [TagDefaults.Preschool],
            DeliveryMode = delivery,
            OnlineKind = delivery == DeliveryMode.Online ? OnlineKind.SelfPaced : null,
            StartDate = start,
            EndDate = end,
            DeclaredHours = hours,
            CreditableMinutes = (int)(hours * 60),
            Audience = [nameof(Audience.PreschoolEducator)],
            Outline = "幼兒園教保服務人員教保專業知能研習。",
        };
        return new Course
        {
            CourseNo = Entities.Course.TemporaryNumber(),
            OrganiserCode = organiser.Code,
            CentreCode = organiser.CentreCode!,
            Status = CourseStatus.Approved,
            CurrentVersionNo = 1,
            Title = title,
            StartDate = start,
            EndDate = end,
            EnrolledCount = 1,
            CreatedAt = submitted,
            Versions = [version],
        };
    }

    private static async Task AddLifecycleAsync(ConsoleDbContext db, Course course, Institution organiser, string nationalId, DateOnly issued,
        int reviewer, CancellationToken ct)
    {
        var version = course.Versions[0];
        var approved = version.SubmittedAt.AddDays(2);
        var issuedAt = issued.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);
        db.ReviewItems.Add(Item(ReviewKind.Course, course, organiser, version.SubmittedAt, approved, reviewer, version.Id, null));
        db.TagReviews.Add(new TagReview { CourseVersionId = version.Id, TagName = TagDefaults.Preschool, State = TagReviewState.Confirmed, ReviewerId = reviewer, At = approved });
        var roster = new Roster
        {
            CourseId = course.Id,
            VersionNo = 1,
            SubmittedAt = issuedAt.AddDays(-2),
            Attendees = [new RosterAttendee { NationalId = nationalId, Hours = version.DeclaredHours }],
        };
        db.Rosters.Add(roster);
        await db.SaveChangesAsync(ct);
        db.ReviewItems.Add(Item(ReviewKind.Roster, course, organiser, roster.SubmittedAt, issuedAt, reviewer, version.Id, roster.Id));
        db.StudyRecords.Add(new StudyRecord
        {
            NationalId = nationalId,
            CourseId = course.Id,
            RosterId = roster.Id,
            Hours = version.DeclaredHours,
            CentreCode = course.CentreCode,
            CountyCode = organiser.CountyCode,
            IssuedAt = issuedAt,
            IssuedDate = issued,
        });
    }

    private static ReviewItem Item(ReviewKind kind, Course course, Institution organiser, DateTime submitted, DateTime decided, int reviewer,
        int? versionId, int? rosterId)
    {
        var item = new ReviewItem
        {
            Kind = kind,
            CentreCode = course.CentreCode,
            CourseId = course.Id,
            CourseVersionId = versionId,
            RosterId = rosterId,
            SubmittedAt = submitted,
            SubmittedDate = RocDate.TaipeiDate(submitted),
            DueDate = RocDate.TaipeiDate(decided),
            CourseStart = course.StartDate,
            OrderDate = RocDate.TaipeiDate(decided),
            Title = TaggedTitle.Format(course.Versions[0].Tags, course.Title),
            OrganiserName = organiser.Name,
            Outcome = ReviewOutcome.Approved,
            DecidedAt = decided,
            DecidedDate = RocDate.TaipeiDate(decided),
            DecidedById = reviewer,
            AssigneeId = reviewer,
        };
        item.Decisions.Add(new Decision { Outcome = ReviewOutcome.Approved, DecidedById = reviewer, DecidedAt = decided });
        return item;
    }
}
