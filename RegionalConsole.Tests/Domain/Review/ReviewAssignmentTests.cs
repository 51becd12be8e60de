using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Tests.Domain.Review;

public sealed class ReviewAssignmentTests
{
    private static readonly AccessScope Reviewer = new(ConsoleRole.Reviewer, "63000", null);
    private static readonly AccessScope Supervisor = new(ConsoleRole.Supervisor, null, "63000");
    private static readonly AccessScope Administrator = new(ConsoleRole.Administrator, null, null);

    [Fact]
    public void AReviewerClaimsAFreeItemOfTheirCentre() =>
        Assert.Equal(AssignmentRefusal.None, ReviewAssignment.Claim(Reviewer, 1, "63000", holderId: null, decided: false));

    [Fact]
    public void AReviewerClaimingTheirOwnItemAgainIsNoRefusal() =>
        Assert.Equal(AssignmentRefusal.None, ReviewAssignment.Claim(Reviewer, 1, "63000", holderId: 1, decided: false));

    [Fact]
    public void AClaimOnAnotherCentreIsOutOfScope() =>
        Assert.Equal(AssignmentRefusal.OutOfScope, ReviewAssignment.Claim(Reviewer, 1, "65000", holderId: null, decided: false));

    [Fact]
    public void AClaimOnAHeldItemIsRefusedEvenForAnAdministrator() =>
        Assert.Equal(AssignmentRefusal.HeldByAnother, ReviewAssignment.Claim(Administrator, 1, "65000", holderId: 7, decided: false));

    [Fact]
    public void ASupervisorCannotClaim() =>
        Assert.Equal(AssignmentRefusal.OutOfScope, ReviewAssignment.Claim(Supervisor, 1, "63000", holderId: null, decided: false));

    [Fact]
    public void ADecidedItemIsNotClaimed() =>
        Assert.Equal(AssignmentRefusal.Decided, ReviewAssignment.Claim(Reviewer, 1, "63000", holderId: null, decided: true));

    [Fact]
    public void AReviewerCannotMoveAColleaguesItem() =>
        Assert.Equal(AssignmentRefusal.HeldByAnother, ReviewAssignment.Assign(Reviewer, 1, "63000", "63000", holderId: 2, decided: false));

    [Fact]
    public void ASupervisorMovesAnItemOfTheirCentreWhoeverHoldsIt() =>
        Assert.Equal(AssignmentRefusal.None, ReviewAssignment.Assign(Supervisor, 9, "63000", "63000", holderId: 2, decided: false));

    [Fact]
    public void ASupervisorCannotMoveAnItemOfAnotherAuthoritysCentre() =>
        Assert.Equal(AssignmentRefusal.OutOfScope, ReviewAssignment.Assign(Supervisor, 9, "65000", "65000", holderId: 2, decided: false));

    [Fact]
    public void AnAdministratorMovesAnyItem() =>
        Assert.Equal(AssignmentRefusal.None, ReviewAssignment.Assign(Administrator, 9, "NATIONAL", "K12EA", holderId: 2, decided: false));
}
