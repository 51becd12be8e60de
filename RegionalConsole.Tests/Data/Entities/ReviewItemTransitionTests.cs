using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;
using static RegionalConsole.Tests.Data.Entities.Lifecycle;

namespace RegionalConsole.Tests.Data.Entities;

/// <summary>A review item's life as its own methods move it (SPEC §3, §4, §6, §13.2), in memory.</summary>
public class ReviewItemTransitionTests
{
    private static readonly AccessScope Reviewer = new(ConsoleRole.Reviewer, "63000", null);
    private static readonly AccessScope Colleague = new(ConsoleRole.Reviewer, "63000", null);
    private static readonly AccessScope OtherCentre = new(ConsoleRole.Reviewer, "64000", null);

    [Fact]
    public void ACourseReviewIsDueOnWorkingDayThreeAndOrderedByTheEarlierOfDueDateAndStart()
    {
        var item = Item(Wednesday, start: "2026-11-27");

        Assert.Equal((new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 27), true), (item.DueDate, item.OrderDate, item.IsUrgent));
        Assert.Equal("[國際教育]跨文化課程設計工作坊", item.Title);
    }

    [Fact]
    public void AFollowUpIsOrderedByItsDueDateAndNeverUrgent()
    {
        var item = ReviewItem.OpenFollowUp(ReviewKind.Cancellation, Course(), Version("2026-11-26"), "臺北市立測試國民小學", Wednesday, Calendar);

        Assert.Equal((new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 30), false), (item.DueDate, item.OrderDate, item.IsUrgent));
    }

    [Fact]
    public void ANewVersionWhileOpenKeepsTheClockAndMovesTheOrderDate()
    {
        var item = Item(Wednesday);

        item.FollowVersion(Version("2026-11-26"));

        Assert.Equal((new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 26), true), (item.DueDate, item.OrderDate, item.IsUrgent));
    }

    [Fact]
    public void AHeldItemIsNotClaimedByAColleague()
    {
        var item = Item(Wednesday);
        item.Claim(Reviewer, actorId: 1);

        Assert.Equal(AssignmentRefusal.HeldByAnother, item.Claim(Colleague, actorId: 2));
        Assert.Equal(1, item.AssigneeId);
    }

    [Fact]
    public void AnItemGoesOnlyToAReviewerOfItsCentre()
    {
        var item = Item(Wednesday);

        Assert.Equal(AssignmentRefusal.NotAReviewerOfTheCentre, item.Assign(Reviewer, 1, "63000", assigneeId: 9, assigneeWorksHere: false));
        Assert.Null(item.AssigneeId);
    }

    [Fact]
    public void ADecisionStopsTheClockAndJoinsTheHistory()
    {
        var item = Item(Wednesday);

        Assert.Equal(DecisionRefusal.None, item.Decide(ReviewDecision.Return("請修正時數"), Reviewer, 1, Wednesday.AddDays(1)));
        Assert.Equal((ReviewOutcome.Returned, new DateOnly(2026, 11, 26)), (item.Outcome, item.DecidedDate));
        Assert.Equal("請修正時數", Assert.Single(item.Decisions).Reason);
    }

    [Fact]
    public void TheSecondDecisionIsRefused()
    {
        var item = Item(Wednesday);
        item.Decide(ReviewDecision.Approve(), Reviewer, 1, Wednesday);

        Assert.Equal(DecisionRefusal.AlreadyDecided, item.Decide(ReviewDecision.Reject("不符"), Colleague, 2, Wednesday));
        Assert.Single(item.Decisions);
    }

    [Fact]
    public void AReviewerOfAnotherCentreDoesNotDecide() =>
        Assert.Equal(DecisionRefusal.OutOfScope, Item(Wednesday).Decide(ReviewDecision.Approve(), OtherCentre, 3, Wednesday));

    [Fact]
    public void AWithdrawnItemHasNoDecisionDateSoNoSlaFigureCountsIt()
    {
        var item = Item(Wednesday);

        Assert.Equal(DecisionRefusal.None, item.Withdraw(Wednesday.AddHours(3)));
        Assert.Equal((ReviewOutcome.Withdrawn, (DateOnly?)null, (int?)null), (item.Outcome, item.DecidedDate, item.DecidedById));
        Assert.NotNull(item.DecidedAt);
    }

    [Fact]
    public void ADecisionOnAWithdrawnItemIsRefusedLikeOnADecidedOne()
    {
        var item = Item(Wednesday);
        item.Withdraw(Wednesday);

        Assert.Equal(DecisionRefusal.AlreadyDecided, item.Decide(ReviewDecision.Approve(), Reviewer, 1, Wednesday));
        Assert.Equal(AssignmentRefusal.Decided, item.Claim(Reviewer, 1));
    }

    [Fact]
    public void ADecidedItemIsNotWithdrawn()
    {
        var item = Item(Wednesday);
        item.Decide(ReviewDecision.Approve(), Reviewer, 1, Wednesday);

        Assert.Equal(DecisionRefusal.AlreadyDecided, item.Withdraw(Wednesday));
        Assert.Equal(ReviewOutcome.Approved, item.Outcome);
    }
}
