using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Data.Seeding;

/// <summary>The demo rosters: submitted after the course, reviewed, and the hours they issue.</summary>
internal sealed partial class DemoCourses
{
    private Roster Roster(Course course)
    {
        var version = course.Versions[0];
        // One decimal place, as rosters carry hours; rounded down so no attendee exceeds the creditable time.
        var hours = Math.Floor(Math.Min(version.DeclaredHours, version.CreditableMinutes / 60m) * 10) / 10;
        var attendees = Enumerable.Range(0, random.Next(8, 26))
            .Select(_ => teacherIds[random.Next(teacherIds.Count)]).Distinct()
            .Select(id => (id, hours)).ToList();
        var submitted = course.EndDate.AddDays(random.Next(1, 6)).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        return course.TakeRoster(attendees, rostersBefore: 0, submitted > now ? now : submitted).Roster!;
    }

    /// <summary>A roster review item: decided when the roster is older than a week, otherwise waiting in the queue.</summary>
    public ReviewItem RosterItem(Roster roster, Course course, IReadOnlyDictionary<string, string> organiserNames)
    {
        var item = ReviewItem.OpenFollowUp(ReviewKind.Roster, course, course.Versions[0], organiserNames[course.OrganiserCode], roster.SubmittedAt, calendar);
        item.RosterId = roster.Id;
        if (item.SubmittedDate < _today.AddDays(-7))
        {
            var reviewer = reviewersByCentre.TryGetValue(course.CentreCode, out var ids) && ids.Length > 0 ? ids[0] : 1;
            var decidedDate = calendar.WorkingDayAfter(item.SubmittedDate, random.Next(1, 4), course.CentreCode);
            item.Claim(ReviewerScope(course), reviewer);
            item.Decide(ReviewDecision.Approve(), ReviewerScope(course), reviewer, decidedDate.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc));
        }

        return item;
    }

    /// <summary>The hours an approved roster issued (核發時數): one study record per attendee.</summary>
    public IEnumerable<StudyRecord> StudyRecords(Roster roster, ReviewItem item, Course course) =>
        item.Outcome == ReviewOutcome.Approved
            ? course.IssueHours(roster.Id, roster.Attendees, _organiserCounties[course.OrganiserCode], item.DecidedAt!.Value)
            : [];
}
