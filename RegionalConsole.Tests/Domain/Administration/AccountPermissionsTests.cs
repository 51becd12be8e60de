using RegionalConsole.Domain;
using RegionalConsole.Domain.Administration;

namespace RegionalConsole.Tests.Domain.Administration;

public sealed class AccountPermissionsTests
{
    private static readonly AccessScope Administrator = new(ConsoleRole.Administrator, null, null);
    private static readonly AccessScope TaipeiSupervisor = new(ConsoleRole.Supervisor, null, "63000");
    private static readonly AccessScope TaipeiReviewer = new(ConsoleRole.Reviewer, "63000", null);

    private static AccountShape Reviewer(string centre, string centreScope, bool enabled = true) => new(ConsoleRole.Reviewer, centre, centreScope, null, enabled);

    [Fact]
    public void AnAdministratorMayCreateAnotherAdministrator() =>
        Assert.Equal(AccountRefusal.None, AccountPermissions.RefusalFor(Administrator, 1, null, null, new AccountShape(ConsoleRole.Administrator, null, null, null)));

    [Fact]
    public void ASupervisorMayCreateAReviewerOfACentreUnderIt() =>
        Assert.Equal(AccountRefusal.None, AccountPermissions.RefusalFor(TaipeiSupervisor, 2, null, null, Reviewer("63000", "63000")));

    [Theory]
    [InlineData(ConsoleRole.Administrator)]
    [InlineData(ConsoleRole.Supervisor)]
    public void ASupervisorCannotCreateAnAdministratorOrASupervisor(ConsoleRole role) =>
        Assert.Equal(AccountRefusal.RoleNotGrantable,
            AccountPermissions.RefusalFor(TaipeiSupervisor, 2, null, null, new AccountShape(role, null, null, "63000")));

    [Fact]
    public void ASupervisorCannotCreateAReviewerOfAnotherCountysCentre() =>
        Assert.Equal(AccountRefusal.OutOfScope, AccountPermissions.RefusalFor(TaipeiSupervisor, 2, null, null, Reviewer("10015", "10015")));

    [Fact]
    public void ASupervisorCannotEditAReviewerOfAnotherCounty() =>
        Assert.Equal(AccountRefusal.OutOfScope,
            AccountPermissions.RefusalFor(TaipeiSupervisor, 2, 9, Reviewer("10015", "10015"), Reviewer("63000", "63000")));

    [Fact]
    public void ASupervisorCannotMoveOwnReviewerToAnotherCounty() =>
        Assert.Equal(AccountRefusal.OutOfScope,
            AccountPermissions.RefusalFor(TaipeiSupervisor, 2, 9, Reviewer("63000", "63000"), Reviewer("10015", "10015")));

    [Fact]
    public void AReviewerManagesNoAccounts() =>
        Assert.Equal(AccountRefusal.NotAllowed, AccountPermissions.RefusalFor(TaipeiReviewer, 3, null, null, Reviewer("63000", "63000")));

    [Fact]
    public void AReviewerAccountNeedsACentre() =>
        Assert.Equal(AccountRefusal.CentreRequired,
            AccountPermissions.RefusalFor(Administrator, 1, null, null, new AccountShape(ConsoleRole.Reviewer, null, null, null)));

    [Fact]
    public void ASupervisorAccountNeedsAnAuthority() =>
        Assert.Equal(AccountRefusal.ScopeRequired,
            AccountPermissions.RefusalFor(Administrator, 1, null, null, new AccountShape(ConsoleRole.Supervisor, null, null, null)));

    [Fact]
    public void NobodyDisablesTheirOwnAccount() =>
        Assert.Equal(AccountRefusal.OwnAccount,
            AccountPermissions.RefusalFor(Administrator, 1, 1, new AccountShape(ConsoleRole.Administrator, null, null, null),
                new AccountShape(ConsoleRole.Administrator, null, null, null, Enabled: false)));

    [Fact]
    public void AnAdministratorMayDisableAnotherAccount() =>
        Assert.Equal(AccountRefusal.None,
            AccountPermissions.RefusalFor(Administrator, 1, 7, Reviewer("63000", "63000"), Reviewer("63000", "63000", enabled: false)));

    [Fact]
    public void ASupervisorSeesOnlyTheReviewersOfItsCentres()
    {
        Assert.True(AccountPermissions.MaySee(TaipeiSupervisor, Reviewer("63000", "63000")));
        Assert.False(AccountPermissions.MaySee(TaipeiSupervisor, Reviewer("10015", "10015")));
        Assert.False(AccountPermissions.MaySee(TaipeiSupervisor, new AccountShape(ConsoleRole.Supervisor, null, null, "63000")));
    }

    [Fact]
    public void AnAdministratorAccountKeepsNoCentreOrAuthority() =>
        Assert.Equal(new AccountShape(ConsoleRole.Administrator, null, null, null),
            AccountPermissions.Normalised(new AccountShape(ConsoleRole.Administrator, "63000", "63000", "63000")));
}
