using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Courses;

namespace RegionalConsole.Tests.Features.Courses;

/// <summary>How the course answer names where a course stands (SPEC §14.2), without a database.</summary>
public sealed class CourseStandingTests
{
    private static readonly DateOnly Due = new(2026, 11, 30);

    private static CourseAnswerReader.ItemRow Item(ReviewOutcome? outcome, ReviewKind kind = ReviewKind.Course) =>
        new(7, 1, kind, outcome, outcome is null ? null : new DateTime(2026, 11, 26, 2, 15, 0, DateTimeKind.Utc), Due, null);

    [Fact]
    public void AnUndecidedReviewIsOpenWithItsDueDate()
    {
        var review = CourseAnswerReader.Review(Item(null), null);

        Assert.Equal(new ReviewAnswer("Course", "Open", null, null, null, "2026-11-30"), review);
    }

    [Fact]
    public void ADecidedReviewCarriesOutcomeTaipeiTimeAndReason()
    {
        var review = CourseAnswerReader.Review(Item(ReviewOutcome.Returned), "請補正課程表。");

        Assert.Equal(new ReviewAnswer("Course", "Decided", "Returned", "2026-11-26T10:15:00+08:00", "請補正課程表。", "2026-11-30"), review);
    }

    [Fact]
    public void AReviewWithdrawnByACancellationHasNoOutcome()
    {
        var review = CourseAnswerReader.Review(Item(ReviewOutcome.Withdrawn), null);

        Assert.Equal("Withdrawn", review.State);
        Assert.Null(review.Outcome);
    }

    [Fact]
    public void DeclaredTagsShowTheReviewersJudgementAndAddedTagsFollow()
    {
        var reviews = new Dictionary<string, TagReviewState> { ["國際教育"] = TagReviewState.Removed, ["性別平等教育"] = TagReviewState.Added };

        var tags = CourseAnswerReader.TagStates(["國際教育", "環境教育"], reviews, TagRegistry.Default);

        Assert.Equal([new TagStateAnswer("國際教育", "Removed"), new TagStateAnswer("環境教育", "Declared"), new TagStateAnswer("性別平等教育", "Added")], tags);
    }

    [Fact]
    public void WithoutARosterTheStateIsNoneAndNothingIsCounted()
    {
        Assert.Equal(new RosterStateAnswer("None", 0, 0), CourseAnswerReader.Roster(null, 0, 0));
    }

    [Theory]
    [InlineData(null, "Open")]
    [InlineData(ReviewOutcome.Approved, "Approved")]
    [InlineData(ReviewOutcome.Returned, "Returned")]
    public void ARostersStateFollowsItsLatestReview(ReviewOutcome? outcome, string state)
    {
        var roster = CourseAnswerReader.Roster(Item(outcome, ReviewKind.Roster), 12, outcome == ReviewOutcome.Approved ? 66m : 0m);

        Assert.Equal(state, roster.State);
        Assert.Equal(12, roster.Attendees);
    }

    [Theory]
    [InlineData(null, "Open")]
    [InlineData(ReviewOutcome.Approved, "Accepted")]
    [InlineData(ReviewOutcome.Returned, "Returned")]
    public void ACancellationsStateFollowsItsReview(ReviewOutcome? outcome, string state) =>
        Assert.Equal(state, CourseAnswerReader.CancellationState(outcome));
}
