using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Cancellations;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using static RegionalConsole.Tests.Data.Entities.Lifecycle;

namespace RegionalConsole.Tests.Data.Entities;

/// <summary>A course's life as its own methods move it (SPEC §3, §5.5, §13.2), in memory.</summary>
public class CourseTransitionTests
{
    private static CancellationRequest Notified(int recipients = 28) => new(CancellationCategory.Disaster, "颱風停班。",
        new CancellationNotice(NotificationChannel.Email, Wednesday.AddHours(-2), recipients));

    [Fact]
    public void ASubmittedCourseIsPendingReviewWithItsFirstVersion()
    {
        var course = Course();

        Assert.Equal((CourseStatus.PendingReview, 1, new DateOnly(2026, 12, 10)), (course.Status, course.CurrentVersionNo, course.StartDate));
        Assert.Equal(1, Assert.Single(course.Versions).VersionNo);
    }

    [Fact]
    public void AModificationAfterADecisionGoesBackToReviewAsTheNextVersion()
    {
        var course = Course(CourseStatus.Rejected);

        var refusal = course.Modify(Version(), Version("2026-12-11"), change: null);

        Assert.False(refusal.Refused);
        Assert.Equal((CourseStatus.PendingReview, 2, new DateOnly(2026, 12, 11)), (course.Status, course.CurrentVersionNo, course.StartDate));
    }

    [Fact]
    public void PostponingAnApprovedCourseWithEnrolledTeachersWithoutNoticeChangesNothing()
    {
        var course = Course(CourseStatus.Approved, enrolled: 28);

        var refusal = course.Modify(Version(), Version("2026-12-17"), change: null);

        Assert.True(refusal.Refused);
        Assert.Equal((CourseStatus.Approved, 1, new DateOnly(2026, 12, 10)), (course.Status, course.CurrentVersionNo, course.StartDate));
    }

    [Fact]
    public void PostponingWithNoticeGoesBackToReviewKeepingTheNumber()
    {
        var course = Course(CourseStatus.Approved, enrolled: 28);
        var number = course.CourseNo;

        Assert.False(course.Modify(Version(), Version("2026-12-17"), Notified()).Refused);
        Assert.Equal((CourseStatus.PendingReview, number), (course.Status, course.CourseNo));
    }

    [Fact]
    public void ACancellationRecordsTheStatusItEnds()
    {
        var course = Course(CourseStatus.PendingReview, enrolled: 28);

        var (cancellation, refusal) = course.Cancel(Notified(), Wednesday, "api:test");

        Assert.False(refusal.Refused);
        Assert.Equal((CourseStatus.Cancelled, CourseStatus.PendingReview), (course.Status, cancellation!.StatusBefore));
    }

    [Fact]
    public void ASecondCancellationIsRefused()
    {
        var course = Course(CourseStatus.Approved);
        course.Cancel(Notified(), Wednesday, null);

        var (cancellation, refusal) = course.Cancel(Notified(), Wednesday, null);

        Assert.Null(cancellation);
        Assert.True(refusal.AlreadyCancelled);
    }

    [Fact]
    public void AReturnedCancellationRestoresTheStatusBefore()
    {
        var course = Course(CourseStatus.Approved, enrolled: 28);
        var (cancellation, _) = course.Cancel(Notified(), Wednesday, null);

        Assert.Equal(CourseRefusal.None, course.RestoreAfterReturnedCancellation(cancellation!));
        Assert.Equal(CourseStatus.Approved, course.Status);
    }

    [Fact]
    public void ACancelledCourseStaysCancelledWhenItsOpenReviewIsDecided()
    {
        var course = Course(CourseStatus.Cancelled);

        course.Decide(ReviewOutcome.Approved);

        Assert.Equal(CourseStatus.Cancelled, course.Status);
    }

    [Fact]
    public void ACourseNotApprovedTakesNoRoster()
    {
        var (roster, refusal) = Course(CourseStatus.Returned).TakeRoster([("A123456789", 3m)], 0, Wednesday);

        Assert.Null(roster);
        Assert.Equal(CourseRefusal.NotApproved, refusal);
    }

    [Fact]
    public void ARosterSentAgainIsTheNextRoster()
    {
        var (roster, _) = Course(CourseStatus.Approved).TakeRoster([("A123456789", 3m), ("B223456789", 2.5m)], rostersBefore: 1, Wednesday);

        Assert.Equal(2, roster!.VersionNo);
        Assert.Equal([0, 1], roster.Attendees.Select(a => a.Index));
    }

    [Fact]
    public void IssuingHoursGivesEachAttendeeAStudyRecordOfTheCourse()
    {
        var course = Course(CourseStatus.Approved);

        var records = course.IssueHours(41, [new RosterAttendee { NationalId = "A123456789", Hours = 3m }], "63000", Wednesday).ToList();

        var record = Assert.Single(records);
        Assert.Equal((course.Id, 41, "63000", "63000", new DateOnly(2026, 11, 25)), (record.CourseId, record.RosterId, record.CentreCode, record.CountyCode, record.IssuedDate));
    }
}
