using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Tests.Domain.Review;

/// <summary>Decisions (SPEC §3, §5): who may decide, what a decision must say, and that the first one stands.</summary>
public class ReviewDecisionTests
{
    private const string Centre = "63000";
    private static readonly AccessScope Reviewer = new(ConsoleRole.Reviewer, Centre, null);
    private static readonly AccessScope OtherReviewer = new(ConsoleRole.Reviewer, "65000", null);
    private static readonly AccessScope Supervisor = new(ConsoleRole.Supervisor, null, Centre);
    private static readonly AccessScope Administrator = new(ConsoleRole.Administrator, null, null);

    [Fact]
    public void AReviewerOfTheCentreMayApproveAVersionWithoutErrors() =>
        Assert.Equal(DecisionRefusal.None, ReviewDecision.Approve().RefusalFor(Reviewer, Centre, alreadyDecided: false, errorCount: 0));

    [Fact]
    public void AReviewerOfAnotherCentreMayNotDecide() =>
        Assert.Equal(DecisionRefusal.OutOfScope, ReviewDecision.Approve().RefusalFor(OtherReviewer, Centre, false, 0));

    [Fact]
    public void ASupervisorOnlyReads() =>
        Assert.Equal(DecisionRefusal.OutOfScope, ReviewDecision.Reject("不符").RefusalFor(Supervisor, Centre, false, 0));

    [Fact]
    public void AnAdministratorMayDecideForAnyCentre() =>
        Assert.Equal(DecisionRefusal.None, ReviewDecision.Return("請修正").RefusalFor(Administrator, "K12EA", false, 0));

    [Fact]
    public void ADecidedItemIsNotDecidedAgain() =>
        Assert.Equal(DecisionRefusal.AlreadyDecided, ReviewDecision.Approve().RefusalFor(Reviewer, Centre, alreadyDecided: true, 0));

    [Fact]
    public void SomeoneOutOfScopeLearnsNothingAboutTheItemsState() =>
        Assert.Equal(DecisionRefusal.OutOfScope, ReviewDecision.Approve().RefusalFor(OtherReviewer, Centre, alreadyDecided: true, 0));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void ReturningWithoutAReasonIsRefused(string? reason) =>
        Assert.Equal(DecisionRefusal.ReasonRequired, ReviewDecision.Return(reason).RefusalFor(Reviewer, Centre, false, 0));

    [Theory]
    [InlineData(null)]
    [InlineData("　")]
    public void RejectingWithoutAReasonIsRefused(string? reason) =>
        Assert.Equal(DecisionRefusal.ReasonRequired, ReviewDecision.Reject(reason).RefusalFor(Reviewer, Centre, false, 0));

    [Fact]
    public void ApprovingOverAnErrorWithoutAnOverrideReasonIsRefused() =>
        Assert.Equal(DecisionRefusal.OverrideReasonRequired, ReviewDecision.Approve(" ").RefusalFor(Reviewer, Centre, false, errorCount: 1));

    [Fact]
    public void ApprovingOverAnErrorWithAWrittenOverrideReasonIsAllowed()
    {
        var decision = ReviewDecision.Approve("經電話確認課程表誤植");

        Assert.Equal(DecisionRefusal.None, decision.RefusalFor(Reviewer, Centre, false, errorCount: 2));
        Assert.Equal("經電話確認課程表誤植", decision.RecordedOverride(errorCount: 2));
    }

    [Fact]
    public void AnApprovalNoteIsNoOverride() =>
        Assert.Equal(DecisionRefusal.OverrideReasonRequired, ReviewDecision.Approve(overrideReason: null, note: "辦理得宜").ContentRefusal(errorCount: 1));

    [Fact]
    public void WithoutErrorsThereIsNothingToOverride() =>
        Assert.Null(ReviewDecision.Approve("不需要").RecordedOverride(errorCount: 0));

    [Fact]
    public void AReturnRecordsNoOverrideEvenOverErrors() =>
        Assert.Null(ReviewDecision.Of(ReviewOutcome.Returned, "請修正時數", "無關").RecordedOverride(errorCount: 3));

    [Fact]
    public void ReasonsAreTrimmed()
    {
        var decision = ReviewDecision.Reject("  課程內容與教師專業發展無關。\n");

        Assert.Equal("課程內容與教師專業發展無關。", decision.Reason);
        Assert.Equal(ReviewOutcome.Rejected, decision.Outcome);
    }
}
