using System.Globalization;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Data.Seeding;

/// <summary>The demo rosters: submitted after the course, reviewed, and the hours they issue.</summary>
internal sealed partial class DemoCourses
{
    private Roster Roster(Course course, CourseVersion version)
    {
        // One decimal place, as rosters carry hours; rounded down so no attendee exceeds the creditable time.
        var hours = Math.Floor(Math.Min(version.DeclaredHours, version.CreditableMinutes / 60m) * 10) / 10;
        var attendees = Enumerable.Range(0, random.Next(8, 26))
            .Select(_ => teacherIds[random.Next(teacherIds.Count)]).Distinct()
            .Select((id, i) => new RosterAttendee { NationalId = id, Hours = hours, Index = i }).ToList();
        var submitted = course.EndDate.AddDays(random.Next(1, 6)).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        return new Roster { CourseId = course.Id, VersionNo = 1, SubmittedAt = submitted > now ? now : submitted, Attendees = attendees };
    }

    /// <summary>A roster review item: decided when the roster is older than a week, otherwise waiting in the queue.</summary>
    public ReviewItem RosterItem(Roster roster, Course course, IReadOnlyDictionary<string, string> organiserNames)
    {
        var submittedDate = RocDate.TaipeiDate(roster.SubmittedAt);
        var item = new ReviewItem
        {
            Kind = ReviewKind.Roster,
            CentreCode = course.CentreCode,
            CourseId = course.Id,
            RosterId = roster.Id,
            CourseVersionId = course.Versions[0].Id,
            SubmittedAt = roster.SubmittedAt,
            SubmittedDate = submittedDate,
            DueDate = calendar.ReviewDueDate(submittedDate, course.CentreCode),
            CourseStart = course.StartDate,
            Title = course.Title,
            OrganiserName = organiserNames[course.OrganiserCode],
        };
        item.OrderDate = item.DueDate;
        if (submittedDate < _today.AddDays(-7))
        {
            var reviewer = reviewersByCentre.TryGetValue(course.CentreCode, out var ids) && ids.Length > 0 ? ids[0] : 1;
            var decidedDate = calendar.WorkingDayAfter(submittedDate, random.Next(1, 4), course.CentreCode);
            item.Outcome = ReviewOutcome.Approved;
            item.DecidedDate = decidedDate;
            item.DecidedAt = decidedDate.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc);
            item.DecidedById = reviewer;
            item.AssigneeId = reviewer;
            item.Decisions.Add(new Decision { Outcome = ReviewOutcome.Approved, DecidedById = reviewer, DecidedAt = item.DecidedAt.Value });
        }

        return item;
    }

    /// <summary>The hours an approved roster issued (核發時數): one study record per attendee.</summary>
    public IEnumerable<StudyRecord> StudyRecords(Roster roster, ReviewItem item, Course course)
    {
        if (item.Outcome != ReviewOutcome.Approved)
        {
            yield break;
        }

        var county = _organiserCounties[course.OrganiserCode];
        foreach (var attendee in roster.Attendees)
        {
            yield return new StudyRecord
            {
                NationalId = attendee.NationalId,
                CourseId = course.Id,
                RosterId = roster.Id,
                Hours = attendee.Hours,
                CentreCode = course.CentreCode,
                CountyCode = county,
                IssuedAt = item.DecidedAt!.Value,
                IssuedDate = item.DecidedDate!.Value,
            };
        }
    }
}
