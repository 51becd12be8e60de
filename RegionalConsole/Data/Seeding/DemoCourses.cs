using System.Globalization;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;
using RegionalConsole.Domain.Cancellations;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Data.Seeding;

/// <summary>
/// Demo courses across 2025–2026 in every state of SPEC §3: decided (mostly on time), returned, rejected, cancelled,
/// with rosters, and a recent backlog of open items — some overdue, some urgent, some claimed.
/// </summary>
internal sealed partial class DemoCourses(Random random, WorkingCalendar calendar, DateTime now, IReadOnlyList<Institution> organisers,
    IReadOnlyDictionary<string, int[]> reviewersByCentre, IReadOnlyList<string> teacherIds)
{
    private static readonly DateTime EarliestSubmission = new(2025, 1, 2, 1, 0, 0, DateTimeKind.Utc);
    private readonly DateOnly _today = RocDate.TaipeiDate(now);
    private readonly Dictionary<InstitutionType, CheckContext> _contexts = [];
    private readonly Dictionary<string, string> _organiserCounties = organisers.ToDictionary(o => o.Code, o => o.CountyCode);

    private CheckContext ContextFor(InstitutionType type) =>
        _contexts.TryGetValue(type, out var context) ? context : _contexts[type] = new CheckContext { OrganiserType = type };
    private readonly Institution[] _preschoolOrganisers =
        [.. organisers.Where(o => o.Type is InstitutionType.Preschool or InstitutionType.LocalGovernmentAgency)];

    private int _drafts;

    public Course Next()
    {
        var (draft, organiser, submitted) = NextDraft();
        var report = CourseChecker.Standard.Check(draft, ContextFor(organiser.Type));
        var course = Course.Submit(organiser.Code, organiser.CentreCode!, draft.ExternalId, CourseVersion.From(draft, report, 1, submitted), submitted);
        // How many teachers the organiser's system reports once enrolment opens; drawn here to keep the generated sequence,
        // recorded only when the course is approved (SPEC §13.2: enrolment opens with approval).
        course.EnrolledCount = random.Next(8, 60);
        return course;
    }

    /// <summary>A course as its organiser submits it, before any check (the benchmarks submit and check these).</summary>
    public DemoDraft NextDraft()
    {
        var (tag, label, titles) = DemoCourseTexts.Themes[random.Next(DemoCourseTexts.Themes.Length)];
        var organiser = tag == "幼兒園教保專業知能" && _preschoolOrganisers.Length > 0
            ? _preschoolOrganisers[random.Next(_preschoolOrganisers.Length)]
            : organisers[random.Next(organisers.Count)];
        var recent = random.Next(100) < 7;
        var submitted = recent
            ? now.AddHours(-random.Next(0, 24 * 8))
            : EarliestSubmission.AddMinutes(random.NextDouble() * (now.AddDays(-9) - EarliestSubmission).TotalMinutes);
        var submittedDate = RocDate.TaipeiDate(submitted);
        var start = submittedDate.AddDays(random.Next(100) < 10 ? random.Next(1, 4) : random.Next(5, 45));
        if (start.Year > calendar.LastDate.Year)
        {
            start = calendar.LastDate.AddDays(-random.Next(1, 20));
        }

        var topic = titles[random.Next(titles.Length)];
        var title = Title(label, topic);
        var segments = DemoCourseTexts.Schedule(random, start, topic, out var creditableHours);
        var useText = random.Next(8) == 0;
        var online = random.Next(10) == 0;
        var draft = new CourseDraft
        {
            // The serial keeps it unique per organiser (a database rule); the random part keeps the generated sequence.
            ExternalId = $"DEMO-{organiser.Code}-{random.Next(1_000_000):D6}-{++_drafts}",
            OrganiserCode = organiser.Code,
            Title = title,
            Tags = tag is null ? [] : [tag],
            Outline = string.Format(CultureInfo.InvariantCulture, DemoCourseTexts.Purposes[random.Next(DemoCourseTexts.Purposes.Length)], topic),
            ApprovalDocNo = $"教研字第{RocDate.Year(submittedDate)}{random.Next(1_000_000):D7}號",
            Delivery = online
                ? new CourseDelivery { Mode = DeliveryMode.Online, OnlineKind = OnlineKind.Live, Software = random.Next(5) == 0 ? [] : [DeliverySoftware.GoogleMeet] }
                : new CourseDelivery(),
            StartDate = start,
            EndDate = start,
            // Most organisers declare what the schedule supports; some over-claim (第10條第4款). Halves, as the API takes one decimal.
            DeclaredHours = random.Next(100) < 6 ? decimal.Floor(creditableHours * 2) / 2 + 1 : Math.Max(1, decimal.Floor(creditableHours * 2) / 2),
            Audience = DemoCourseTexts.AudienceFor(tag, random),
            Schedule = useText ? null : segments,
            ScheduleText = useText ? DemoCourseTexts.ScheduleAsText(segments, start) : null,
        };
        return new DemoDraft(draft, organiser, submitted);
    }

    private string Title(string? label, string topic)
    {
        var series = random.Next(8) == 0 ? $"（第{random.Next(1, 4)}場）" : "";
        return (label, random.Next(3)) switch
        {
            (null, _) => topic + series,
            (_, 0) => $"[{label}]{topic}{series}",
            (_, 1) => $"【{label}】{topic}{series}",
            _ => topic + series,
        };
    }

    /// <summary>
    /// Opens the course's review item and, when its time has passed, decides it, through the same transitions as the
    /// console (SPEC §13: the demo holds only what a real path could put there); adds rosters and cancellations.
    /// </summary>
    public IEnumerable<object> Lifecycle(Course course, string organiserName)
    {
        var version = course.Versions[0];
        var item = ReviewItem.OpenCourseReview(course, version, organiserName, version.SubmittedAt, calendar);
        var reviewers = reviewersByCentre.TryGetValue(course.CentreCode, out var ids) ? ids : [];
        yield return item;

        // Recent items stay open (some claimed); most of the backlog is decided, a few stay open past due.
        var open = item.DueDate >= _today
            ? random.Next(100) < 90
            : item.DueDate >= _today.AddDays(-4) && random.Next(100) < 12;
        if (open)
        {
            course.EnrolledCount = 0;
            if (reviewers.Length > 0 && random.Next(100) < 30)
            {
                item.Claim(ReviewerScope(course), reviewers[random.Next(reviewers.Length)]);
            }

            yield break;
        }

        var decidedDate = random.Next(100) < 8
            ? calendar.WorkingDayAfter(item.DueDate, random.Next(1, 4), course.CentreCode)
            : calendar.WorkingDayAfter(item.SubmittedDate, random.Next(1, 4), course.CentreCode);
        if (decidedDate > _today)
        {
            decidedDate = _today;
        }

        var decidedAt = decidedDate.ToDateTime(new TimeOnly(random.Next(1, 9), random.Next(60)), DateTimeKind.Utc);
        var roll = random.Next(100);
        var outcome = roll < 88 ? ReviewOutcome.Approved : roll < 96 ? ReviewOutcome.Returned : ReviewOutcome.Rejected;
        var reviewer = reviewers.Length > 0 ? reviewers[random.Next(reviewers.Length)] : 1;
        var decision = ReviewDecision.Of(outcome,
            outcome switch
            {
                ReviewOutcome.Returned => "請依第10條第4款扣除報到及午餐時間，修正研習時數後再送審。",
                ReviewOutcome.Rejected => "課程內容與教師專業發展無關。",
                _ => null,
            },
            outcome == ReviewOutcome.Approved && version.ErrorCount > 0 ? "經電話確認課程表誤植，實際時數無誤。" : null);
        item.Claim(ReviewerScope(course), reviewer);
        item.Decide(decision, ReviewerScope(course), reviewer, decidedAt);
        course.Decide(outcome);
        if (outcome != ReviewOutcome.Approved)
        {
            course.EnrolledCount = 0;
            yield break;
        }

        // The approval confirms the declared tags (SPEC §13.2), as DecisionService does. Draws nothing from the random sequence.
        foreach (var tag in TagReviews.ConfirmedByApproval(version.Tags, NoTagReviews, TagRegistry.Default))
        {
            yield return new TagReview { CourseVersionId = version.Id, TagName = tag, State = TagReviewState.Confirmed, ReviewerId = reviewer, At = decidedAt };
        }

        if (random.Next(100) < 3)
        {
            var category = random.Next(3) == 0 ? CancellationCategory.Disaster : CancellationCategory.LowEnrolment;
            var reason = random.Next(3) == 0 ? "颱風停止上班上課，課程取消。" : "報名人數不足，停辦。";
            var submitted = decidedAt.AddDays(1);
            var (cancellation, _) = course.Cancel(new CancellationRequest(category, reason,
                new CancellationNotice(NotificationChannel.Email, submitted, course.EnrolledCount)), submitted, "api:demo");
            yield return cancellation!;
        }
        else if (course.EndDate < _today && random.Next(100) < 15 && teacherIds.Count > 0)
        {
            yield return Roster(course);
        }
    }

    /// <summary>The reviewers of the course's centre, as the demo's decisions are made by them.</summary>
    private static AccessScope ReviewerScope(Course course) => new(ConsoleRole.Reviewer, course.CentreCode, null);

    private static readonly Dictionary<string, TagReviewState> NoTagReviews = [];
}

internal sealed record DemoDraft(CourseDraft Draft, Institution Organiser, DateTime SubmittedAt);
