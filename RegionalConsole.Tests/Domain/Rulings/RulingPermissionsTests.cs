using RegionalConsole.Domain;
using RegionalConsole.Domain.Rulings;

namespace RegionalConsole.Tests.Domain.Rulings;

public sealed class RulingPermissionsTests
{
    private static readonly AccessScope Taipei = new(ConsoleRole.Supervisor, null, "63000");
    private static readonly AccessScope K12 = new(ConsoleRole.Supervisor, null, CentreCodes.K12EA);
    private static readonly AccessScope Admin = new(ConsoleRole.Administrator, null, null);
    private static readonly AccessScope Reviewer = new(ConsoleRole.Reviewer, "63000", null);

    [Fact]
    public void ReviewersOnlyRead()
    {
        Assert.False(RulingPermissions.MayRecord(Reviewer));
        Assert.False(RulingPermissions.TryCounty(Reviewer, "63000", out _));
    }

    [Fact]
    public void ACountySupervisorRecordsForTheirCounty()
    {
        Assert.True(RulingPermissions.TryCounty(Taipei, null, out var county));
        Assert.Equal("63000", county);
    }

    [Fact]
    public void ACountySupervisorMayNotRecordForAnotherCounty()
    {
        Assert.False(RulingPermissions.TryCounty(Taipei, "65000", out _));
    }

    [Fact]
    public void TheK12SupervisorRulesNationwideOnly()
    {
        Assert.True(RulingPermissions.TryCounty(K12, null, out var county));
        Assert.Null(county);
        Assert.False(RulingPermissions.TryCounty(K12, "63000", out _));
    }

    [Fact]
    public void AdministratorsRecordAnywhere()
    {
        Assert.True(RulingPermissions.TryCounty(Admin, "65000", out var county));
        Assert.Equal("65000", county);
        Assert.True(RulingPermissions.TryCounty(Admin, null, out var nationwide));
        Assert.Null(nationwide);
    }

    [Fact]
    public void ACountySupervisorRetiresTheirCountysRulingsOnly()
    {
        Assert.True(RulingPermissions.MayRetire(Taipei, "63000"));
        Assert.False(RulingPermissions.MayRetire(Taipei, "65000"));
        Assert.False(RulingPermissions.MayRetire(Taipei, null));
    }

    [Fact]
    public void TheK12SupervisorRetiresNationwideRulings()
    {
        Assert.True(RulingPermissions.MayRetire(K12, null));
        Assert.False(RulingPermissions.MayRetire(K12, "63000"));
    }

    [Fact]
    public void AdministratorsRetireAnyRulingAndReviewersNone()
    {
        Assert.True(RulingPermissions.MayRetire(Admin, "65000"));
        Assert.True(RulingPermissions.MayRetire(Admin, null));
        Assert.False(RulingPermissions.MayRetire(Reviewer, "63000"));
    }
}
