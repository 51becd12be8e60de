using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Checks;
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
    public static async Task AddAsync(IDbContextFactory<ConsoleDbContext> factory, WorkingCalendar calendar, DateTime now, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var teachers = await (
            from t in db.Teachers
            join i in db.Institutions on t.ServingInstitutionCode equals i.Code
            where i.Type == InstitutionType.Preschool && i.CentreCode != null
            orderby t.NationalId
            select new { t.NationalId, Preschool = i }).Take(3).ToListAsync(ct);
        var reviewers = await db.Accounts.Where(a => a.Role == ConsoleRole.Reviewer && a.CentreCode != null).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.CentreCode }).ToListAsync(ct);
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
                var reviewer = reviewers.FirstOrDefault(r => r.CentreCode == course.CentreCode)?.Id ?? 1;
                await AddLifecycleAsync(db, calendar, course, teacher.Preschool, teacher.NationalId, issued, reviewer, ct);
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
        return Entities.Course.Submit(organiser.Code, organiser.CentreCode!, null, version, submitted);
    }

    /// <summary>Reviewed, approved (confirming its declared tag), held, its roster approved and the hours issued: the real path, in order.</summary>
    private static async Task AddLifecycleAsync(ConsoleDbContext db, WorkingCalendar calendar, Course course, Institution organiser, string nationalId,
        DateOnly issued, int reviewer, CancellationToken ct)
    {
        var version = course.Versions[0];
        var scope = new AccessScope(ConsoleRole.Reviewer, course.CentreCode, null);
        var approved = version.SubmittedAt.AddDays(2);
        var issuedAt = issued.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);
        var item = ReviewItem.OpenCourseReview(course, version, organiser.Name, version.SubmittedAt, calendar);
        item.Claim(scope, reviewer);
        item.Decide(ReviewDecision.Approve(), scope, reviewer, approved);
        course.Decide(ReviewOutcome.Approved);
        course.EnrolledCount = 1;
        db.ReviewItems.Add(item);
        db.TagReviews.AddRange(TagReviews.ConfirmedByApproval(version.Tags, new Dictionary<string, TagReviewState>(), TagRegistry.Default)
            .Select(tag => new TagReview { CourseVersionId = version.Id, TagName = tag, State = TagReviewState.Confirmed, ReviewerId = reviewer, At = approved }));
        var roster = course.TakeRoster([(nationalId, version.DeclaredHours)], rostersBefore: 0, issuedAt.AddDays(-2)).Roster!;
        db.Rosters.Add(roster);
        await db.SaveChangesAsync(ct);
        var rosterItem = ReviewItem.OpenFollowUp(ReviewKind.Roster, course, version, organiser.Name, roster.SubmittedAt, calendar);
        rosterItem.RosterId = roster.Id;
        rosterItem.Claim(scope, reviewer);
        rosterItem.Decide(ReviewDecision.Approve(), scope, reviewer, issuedAt);
        db.ReviewItems.Add(rosterItem);
        db.StudyRecords.AddRange(course.IssueHours(roster.Id, roster.Attendees, organiser.CountyCode, issuedAt));
    }
}
