using RegionalConsole.Domain;
using RegionalConsole.Domain.Calendar;

namespace RegionalConsole.Tests.Domain.Calendar;

public sealed class CalendarPermissionsTests
{
    private static readonly AccessScope Administrator = new(ConsoleRole.Administrator, null, null);
    private static readonly AccessScope HualienSupervisor = new(ConsoleRole.Supervisor, null, "10015");
    private static readonly AccessScope K12Supervisor = new(ConsoleRole.Supervisor, null, CentreCodes.K12EA);
    private static readonly AccessScope HualienReviewer = new(ConsoleRole.Reviewer, "10015", null);

    [Fact]
    public void AnAdministratorManagesEveryCountysClosures() => Assert.True(CalendarPermissions.CanManageClosures(Administrator, "63000"));

    [Fact]
    public void ASupervisorManagesTheirOwnCountysClosures() => Assert.True(CalendarPermissions.CanManageClosures(HualienSupervisor, "10015"));

    [Fact]
    public void ASupervisorDoesNotManageAnotherCountysClosures() => Assert.False(CalendarPermissions.CanManageClosures(HualienSupervisor, "10014"));

    [Fact]
    public void TheK12SupervisorHasNoCountyToClose() => Assert.False(CalendarPermissions.CanManageClosures(K12Supervisor, CentreCodes.K12EA));

    [Fact]
    public void AReviewerOnlyReads()
    {
        Assert.False(CalendarPermissions.CanManageClosures(HualienReviewer, "10015"));
        Assert.False(CalendarPermissions.CanImport(HualienReviewer));
    }

    [Fact]
    public void OnlyAnAdministratorImports()
    {
        Assert.True(CalendarPermissions.CanImport(Administrator));
        Assert.False(CalendarPermissions.CanImport(HualienSupervisor));
    }
}
