using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Tests.Domain.Courses;

/// <summary>What a course's status allows and what a decision makes of it (SPEC §3, §5.5, §13.2).</summary>
public class CourseLifecycleTests
{
    [Theory]
    [InlineData(ReviewOutcome.Approved, CourseStatus.Approved)]
    [InlineData(ReviewOutcome.Returned, CourseStatus.Returned)]
    [InlineData(ReviewOutcome.Rejected, CourseStatus.Rejected)]
    public void ADecisionOnAPendingCourseGivesItsStatus(ReviewOutcome outcome, CourseStatus status) =>
        Assert.Equal(status, CourseLifecycle.StatusAfter(CourseStatus.PendingReview, outcome));

    [Fact]
    public void ACancelledCourseStaysCancelledWhateverTheDecision() =>
        Assert.Equal(CourseStatus.Cancelled, CourseLifecycle.StatusAfter(CourseStatus.Cancelled, ReviewOutcome.Approved));

    [Fact]
    public void AWithdrawnReviewDecidesNothing() =>
        Assert.Equal(CourseStatus.PendingReview, CourseLifecycle.StatusAfter(CourseStatus.PendingReview, ReviewOutcome.Withdrawn));

    [Fact]
    public void ACancelledCourseTakesNoNewVersion() =>
        Assert.Equal(CourseRefusal.Cancelled, CourseLifecycle.RefusalToModify(CourseStatus.Cancelled));

    [Fact]
    public void AReturnedCourseTakesANewVersion() =>
        Assert.Equal(CourseRefusal.None, CourseLifecycle.RefusalToModify(CourseStatus.Returned));

    [Theory]
    [InlineData(CourseStatus.PendingReview, CourseRefusal.NotApproved)]
    [InlineData(CourseStatus.Returned, CourseRefusal.NotApproved)]
    [InlineData(CourseStatus.Cancelled, CourseRefusal.Cancelled)]
    [InlineData(CourseStatus.Approved, CourseRefusal.None)]
    public void OnlyAnApprovedCourseTakesARoster(CourseStatus status, CourseRefusal refusal) =>
        Assert.Equal(refusal, CourseLifecycle.RefusalToTakeRoster(status));

    [Fact]
    public void OnlyACancelledCourseIsRestored() =>
        Assert.Equal(CourseRefusal.NotCancelled, CourseLifecycle.RefusalToRestore(CourseStatus.Approved));
}
