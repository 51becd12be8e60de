using RegionalConsole.Domain;
using RegionalConsole.Domain.Sharing;

namespace RegionalConsole.Tests.Domain.Sharing;

public sealed class SharingAudienceTests
{
    private static readonly AudienceCentre[] Centres =
    [
        new("63000", "63000"), new("65000", "65000"), new("NATIONAL", "K12EA"), new("K12EA", "K12EA"),
    ];

    private static readonly Dictionary<string, string> Supervisors = Centres.ToDictionary(c => c.Code, c => c.SupervisorScope);

    private static readonly AccessScope Admin = new(ConsoleRole.Administrator, null, null);
    private static readonly AccessScope K12Supervisor = new(ConsoleRole.Supervisor, null, "K12EA");
    private static readonly AccessScope TaipeiReviewer = new(ConsoleRole.Reviewer, "63000", null);

    [Fact]
    public void TheNetworksEmptyAudienceStaysEveryCentre()
    {
        Assert.Empty(SharingAudience.Resolve(Admin, [], Centres)!);
    }

    [Fact]
    public void ASupervisorsEmptyAudienceBecomesTheCentresUnderIt()
    {
        Assert.Equal(["K12EA", "NATIONAL"], SharingAudience.Resolve(K12Supervisor, [], Centres)!);
    }

    [Fact]
    public void ASupervisorCannotAddressACentreNotUnderIt()
    {
        Assert.Null(SharingAudience.Resolve(K12Supervisor, ["63000"], Centres));
    }

    [Fact]
    public void AnUnknownCentreIsRefusedEvenForTheNetwork()
    {
        Assert.Null(SharingAudience.Resolve(Admin, ["99999"], Centres));
    }

    [Fact]
    public void AReviewerPublishesNothing()
    {
        Assert.False(SharingAudience.CanPublish(TaipeiReviewer));
        Assert.Null(SharingAudience.Resolve(TaipeiReviewer, ["63000"], Centres));
    }

    [Fact]
    public void AReviewerSeesWhatIsAddressedToEveryoneOrTheirCentreOnly()
    {
        Assert.True(SharingAudience.CanSee(TaipeiReviewer, [], Supervisors));
        Assert.True(SharingAudience.CanSee(TaipeiReviewer, ["63000", "65000"], Supervisors));
        Assert.False(SharingAudience.CanSee(TaipeiReviewer, ["65000"], Supervisors));
    }

    [Fact]
    public void ASupervisorSeesWhatReachesAnyOfItsCentres()
    {
        Assert.True(SharingAudience.CanSee(K12Supervisor, ["NATIONAL"], Supervisors));
        Assert.False(SharingAudience.CanSee(K12Supervisor, ["63000"], Supervisors));
    }

    [Fact]
    public void ASupervisorDeletesOnlyWhatItsBureauPublished()
    {
        Assert.True(SharingAudience.CanDelete(K12Supervisor, "K12EA"));
        Assert.False(SharingAudience.CanDelete(K12Supervisor, null));
        Assert.False(SharingAudience.CanDelete(TaipeiReviewer, null));
    }
}
