using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Cancellations;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Rosters;

namespace RegionalConsole.Data.Seeding;

/// <summary>
/// Cases a reviewer should find on a fresh demo: in every centre that has them, open roster items (each with an
/// attendee who has no serving school, so ROSTER_NO_SERVING_SCHOOL shows) and an open cancellation with its notice;
/// and a review item for each cancellation the generator made. Derived from the data, not from the random sequence,
/// so the generated courses stay as they were.
/// </summary>
internal static class DemoFollowUps
{
    private const int RostersPerCentre = 2;

    public static async Task AddAsync(ConsoleDbContext db, WorkingCalendar calendar, DateTime now, CancellationToken ct)
    {
        var today = RocDate.TaipeiDate(now);
        var teachers = await db.Teachers.AsNoTracking().OrderBy(t => t.NationalId)
            .Select(t => new { t.NationalId, t.ServingInstitutionCode }).ToListAsync(ct);
        var withoutSchool = teachers.Where(t => t.ServingInstitutionCode is null).Select(t => t.NationalId).ToList();
        if (teachers.Count == 0)
        {
            return;
        }

        var serving = teachers.ToDictionary(t => t.NationalId, t => t.ServingInstitutionCode);
        var reviewers = await db.Accounts.AsNoTracking().Where(a => a.Role == ConsoleRole.Reviewer && a.CentreCode != null)
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.CentreCode }).ToListAsync(ct);
        await AddCancellationItemsAsync(db, calendar, today, reviewers.ToLookup(r => r.CentreCode!, r => r.Id), ct);
        foreach (var centre in await db.Centres.AsNoTracking().OrderBy(c => c.Code).Select(c => c.Code).ToListAsync(ct))
        {
            var ended = await db.Courses.AsNoTracking()
                .Where(c => c.CentreCode == centre && c.Status == CourseStatus.Approved && c.EndDate < today.AddDays(-3)
                    && !db.Rosters.Any(r => r.CourseId == c.Id))
                .OrderByDescending(c => c.EndDate).ThenBy(c => c.Id).Take(RostersPerCentre)
                .Include(c => c.Organiser).ToListAsync(ct);
            foreach (var course in ended)
            {
                var version = await db.CourseVersions.AsNoTracking().Include(v => v.Segments)
                    .SingleAsync(v => v.CourseId == course.Id && v.VersionNo == course.CurrentVersionNo, ct);
                var hours = Math.Max(0.5m, decimal.Floor(Math.Min(version.DeclaredHours, version.CreditableMinutes / 60m) * 2) / 2);
                var ids = Enumerable.Range(0, 6 + (course.Id % 7)).Select(k => teachers[((course.Id * 31) + (k * 17)) % teachers.Count].NationalId)
                    .Prepend(withoutSchool.Count > 0 ? withoutSchool[course.Id % withoutSchool.Count] : null)
                    .OfType<string>().Distinct().ToList();
                // Sent two days ago: still open, and clear of the due-date windows a test closure this week would move.
                var submitted = now.AddHours(-48 - (course.Id % 12));
                var spans = version.Segments.Select(s => CourseSpan.Of(s.Date ?? version.StartDate,
                    Domain.Schedule.ScheduleTime.TryParse(s.Start, out var t) ? t : null, s.Minutes)).OfType<CourseSpan>().ToList();
                var checks = RosterChecker.Check(new RosterCourse(version.EndDate, version.CreditableMinutes, spans), RocDate.ToTaipei(submitted),
                    [.. ids.Select((id, i) => new RosterAttendeeFacts(i, id, hours, true, serving[id], []))]);
                var roster = course.TakeRoster([.. ids.Select(id => (id, hours))], rostersBefore: 0, submitted).Roster!;
                roster.Checks = [.. checks.Select(c => new RosterCheckResult
                {
                    AttendeeIndex = c.AttendeeIndex,
                    Code = c.Result.Code,
                    Severity = c.Result.Severity,
                    Message = c.Result.Message,
                    Rule = c.Result.Rule,
                    Evidence = c.Result.Evidence,
                })];
                db.Rosters.Add(roster);
                await db.SaveChangesAsync(ct);
                var item = ReviewItem.OpenFollowUp(ReviewKind.Roster, course, version, course.Organiser?.Name ?? course.OrganiserCode, submitted, calendar,
                    checks.Count(c => c.Result.Severity == CheckSeverity.Error), checks.Count(c => c.Result.Severity == CheckSeverity.Warning));
                item.RosterId = roster.Id;
                db.ReviewItems.Add(item);
            }

            await AddOpenCancellationAsync(db, calendar, centre, today, now, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The generator's cancellations get their review items, checked the next working day; open ones come from <see cref="AddOpenCancellationAsync"/>.</summary>
    private static async Task AddCancellationItemsAsync(ConsoleDbContext db, WorkingCalendar calendar, DateOnly today,
        ILookup<string, int> reviewers, CancellationToken ct)
    {
        var cancellations = await db.Cancellations.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        // Their courses and current versions in two queries, not two per cancellation: a million courses make ~25,000.
        var courseIds = cancellations.Select(c => c.CourseId).Distinct().ToList();
        var courses = await db.Courses.AsNoTracking().Include(c => c.Organiser).Where(c => EF.Parameter(courseIds).Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, ct);
        var versions = await db.CourseVersions.AsNoTracking()
            .Where(v => EF.Parameter(courseIds).Contains(v.CourseId) && v.VersionNo == v.Course!.CurrentVersionNo)
            .ToDictionaryAsync(v => v.CourseId, ct);
        foreach (var cancellation in cancellations)
        {
            var (course, version) = (courses[cancellation.CourseId], versions[cancellation.CourseId]);
            var item = ReviewItem.OpenFollowUp(ReviewKind.Cancellation, course, version, course.Organiser?.Name ?? course.OrganiserCode,
                cancellation.SubmittedAt, calendar);
            item.CancellationId = cancellation.Id;
            var reviewer = reviewers[course.CentreCode].FirstOrDefault();
            if (reviewer > 0)
            {
                var next = calendar.WorkingDayAfter(cancellation.SubmittedDate, 1, course.CentreCode);
                var decidedDate = next < today ? next : today;
                var scope = new AccessScope(ConsoleRole.Reviewer, course.CentreCode, null);
                item.Claim(scope, reviewer);
                item.Decide(ReviewDecision.Approve(), scope, reviewer, decidedDate.ToDateTime(new TimeOnly(2, 30), DateTimeKind.Utc));
            }

            db.ReviewItems.Add(item);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>A course about to start is called off for a typhoon: every enrolled teacher was told by email.</summary>
    private static async Task AddOpenCancellationAsync(ConsoleDbContext db, WorkingCalendar calendar, string centre, DateOnly today,
        DateTime now, CancellationToken ct)
    {
        var course = await db.Courses.Include(c => c.Organiser)
            .Where(c => c.CentreCode == centre && c.Status == CourseStatus.Approved && c.StartDate > today && c.EnrolledCount > 0)
            .OrderBy(c => c.StartDate).ThenBy(c => c.Id).FirstOrDefaultAsync(ct);
        if (course is null)
        {
            return;
        }

        var version = await db.CourseVersions.AsNoTracking().SingleAsync(v => v.CourseId == course.Id && v.VersionNo == course.CurrentVersionNo, ct);
        var submitted = now.AddHours(-48 - (course.Id % 12));
        var (category, reason) = (course.Id % 3) switch
        {
            0 => (CancellationCategory.Disaster, "颱風警報發布，為維護研習教師安全，本場次停辦。"),
            1 => (CancellationCategory.Speaker, "講師臨時因病無法授課，課程停辦。"),
            _ => (CancellationCategory.Venue, "原訂場地進行耐震補強工程，無法使用，課程停辦。"),
        };
        var (cancellation, _) = course.Cancel(new CancellationRequest(category, reason,
            new CancellationNotice(NotificationChannel.Email, submitted.AddHours(-2), course.EnrolledCount)), submitted, "api:demo");
        db.Cancellations.Add(cancellation!);
        await db.SaveChangesAsync(ct);
        var item = ReviewItem.OpenFollowUp(ReviewKind.Cancellation, course, version, course.Organiser?.Name ?? course.OrganiserCode, submitted, calendar);
        item.CancellationId = cancellation!.Id;
        db.ReviewItems.Add(item);
    }
}
