using RegionalConsole.Domain.Cancellations;
using RegionalConsole.Domain.Courses;

namespace RegionalConsole.Tests.Domain.Courses;

/// <summary>A postponement is a modification that needs a cancellation's reason and notice (SPEC §13.2; 共同研討一 提案三).</summary>
public class PostponementTests
{
    private static readonly CourseTiming December10 = new(new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 10), ["2026-12-10 09:00-12:00"]);
    private static readonly CourseTiming December17 = new(new DateOnly(2026, 12, 17), new DateOnly(2026, 12, 17), ["2026-12-17 09:00-12:00"]);
    private static readonly CourseTiming December10Afternoon = December10 with { Segments = ["2026-12-10 13:00-16:00"] };

    private static CancellationRequest Change(int recipients = 28) => new(CancellationCategory.Disaster, "颱風停班，延期一週。",
        new CancellationNotice(NotificationChannel.Email, new DateTime(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc), recipients));

    [Fact]
    public void NewDatesOfAnApprovedCourseWithEnrolledTeachersNeedNotice() =>
        Assert.True(Postponement.NeedsNotice(CourseStatus.Approved, 28, December10, December17));

    [Fact]
    public void ANewScheduleOnTheSameDayIsAPostponementToo() =>
        Assert.True(Postponement.NeedsNotice(CourseStatus.Approved, 28, December10, December10Afternoon));

    [Fact]
    public void TheSameTimingNeedsNoNotice() =>
        Assert.False(Postponement.NeedsNotice(CourseStatus.Approved, 28, December10, December10 with { Segments = ["2026-12-10 09:00-12:00"] }));

    [Fact]
    public void ACourseNobodyEnrolledInMovesWithoutNotice() =>
        Assert.False(Postponement.NeedsNotice(CourseStatus.Approved, 0, December10, December17));

    [Fact]
    public void ACourseNotYetApprovedMovesWithoutNotice() =>
        Assert.False(Postponement.NeedsNotice(CourseStatus.PendingReview, 28, December10, December17));

    [Fact]
    public void APostponementWithoutChangeIsRefusedNamingTheChange()
    {
        var refusal = Postponement.RefusalFor(CourseStatus.Approved, 28, December10, December17, change: null);

        Assert.True(refusal.Refused);
        Assert.Equal(new NoticeGap(NoticeGapKind.ChangeMissing, 28), Assert.Single(refusal.Missing));
    }

    [Fact]
    public void APostponementFollowsTheCancellationRulesForNotice()
    {
        var refusal = Postponement.RefusalFor(CourseStatus.Approved, 28, December10, December17, Change(recipients: 10));

        Assert.Contains(new NoticeGap(NoticeGapKind.TooFewRecipients, 28, 10), refusal.Missing);
    }

    [Fact]
    public void APostponementWithReasonAndNoticeToEveryTeacherGoesAhead() =>
        Assert.False(Postponement.RefusalFor(CourseStatus.Approved, 28, December10, December17, Change()).Refused);

    [Fact]
    public void ACancelledCourseIsNotModifiedEvenWithNotice() =>
        Assert.Equal(CourseRefusal.Cancelled, Postponement.RefusalFor(CourseStatus.Cancelled, 28, December10, December17, Change()).Refusal);
}
