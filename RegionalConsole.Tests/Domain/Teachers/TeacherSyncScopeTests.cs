using RegionalConsole.Domain;
using RegionalConsole.Domain.Teachers;

namespace RegionalConsole.Tests.Domain.Teachers;

public sealed class TeacherSyncScopeTests
{
    private static readonly InstitutionPlace TainanSchool = new("213501", "67000");
    private static readonly InstitutionPlace OtherTainanSchool = new("213502", "67000");
    private static readonly InstitutionPlace TaipeiSchool = new("313501", "63000");

    private static readonly PartnerScope Administrator = new(true, new HashSet<string>(), null);
    private static readonly PartnerScope TainanCounty = new(false, new HashSet<string>(), "67000");
    private static readonly PartnerScope TaipeiCounty = new(false, new HashSet<string>(), "63000");
    private static readonly PartnerScope OneTainanSchool = new(false, new HashSet<string> { "213501" }, null);

    private static TeacherPlacement ServingAt(InstitutionPlace school) => new(school, school);

    private static TeacherPlacement ServingNowhereLastAt(InstitutionPlace? school) => new(null, school);

    [Fact]
    public void AKeyUpdatesATeacherServingWithinItsScope() =>
        Assert.Equal(TeacherSyncRefusal.None, TeacherSyncScope.Check(TainanCounty, ServingAt(TainanSchool), OtherTainanSchool));

    [Fact]
    public void AKeyMayNotGiveATeacherAServingInstitutionOutsideItsScope() =>
        Assert.Equal(TeacherSyncRefusal.ServingInstitutionOutsideScope, TeacherSyncScope.Check(TainanCounty, null, TaipeiSchool));

    [Fact]
    public void ACountyKeyTakesOverATeacherWhoMovedInFromAnotherCounty() =>
        Assert.Equal(TeacherSyncRefusal.None, TeacherSyncScope.Check(TainanCounty, ServingAt(TaipeiSchool), TainanSchool));

    [Fact]
    public void ASchoolKeyTakesOverATeacherServingNowhereWhoNowServesThere() =>
        Assert.Equal(TeacherSyncRefusal.None, TeacherSyncScope.Check(OneTainanSchool, ServingNowhereLastAt(TaipeiSchool), TainanSchool));

    [Fact]
    public void AKeyMayNotReleaseATeacherServingOutsideItsScope() =>
        Assert.Equal(TeacherSyncRefusal.TeacherOutsideScope, TeacherSyncScope.Check(TainanCounty, ServingAt(TaipeiSchool), null));

    [Fact]
    public void AKeyReleasesATeacherServingWithinItsScope() =>
        Assert.Equal(TeacherSyncRefusal.None, TeacherSyncScope.Check(OneTainanSchool, ServingAt(TainanSchool), null));

    [Fact]
    public void AKeyWhoseScopeHeldTheLastServingInstitutionUpdatesATeacherServingNowhere() =>
        Assert.Equal(TeacherSyncRefusal.None, TeacherSyncScope.Check(TainanCounty, ServingNowhereLastAt(TainanSchool), null));

    [Fact]
    public void AKeyMayNotRenameATeacherServingNowhereWhoLastServedOutsideItsScope() =>
        Assert.Equal(TeacherSyncRefusal.TeacherOutsideScope, TeacherSyncScope.Check(TaipeiCounty, ServingNowhereLastAt(TainanSchool), null));

    [Fact]
    public void ATeacherServingNowhereWithNoKnownLastInstitutionIsOnlyTheAdministratorsToUpdate()
    {
        Assert.Equal(TeacherSyncRefusal.TeacherOutsideScope, TeacherSyncScope.Check(TainanCounty, ServingNowhereLastAt(null), null));
        Assert.Equal(TeacherSyncRefusal.None, TeacherSyncScope.Check(Administrator, ServingNowhereLastAt(null), null));
    }

    [Fact]
    public void OnlyAnAdministratorKeyCreatesATeacherServingNowhere()
    {
        Assert.Equal(TeacherSyncRefusal.TeacherOutsideScope, TeacherSyncScope.Check(TainanCounty, null, null));
        Assert.Equal(TeacherSyncRefusal.None, TeacherSyncScope.Check(Administrator, null, null));
    }

    [Fact]
    public void AnAdministratorKeyGivesAnyServingInstitution() =>
        Assert.Equal(TeacherSyncRefusal.None, TeacherSyncScope.Check(Administrator, ServingAt(TaipeiSchool), TainanSchool));

    [Fact]
    public void AKeyReadsATeacherServingNowhereOnlyThroughTheLastServingInstitution()
    {
        Assert.True(TeacherSyncScope.MayRead(TainanCounty, ServingNowhereLastAt(TainanSchool)));
        Assert.False(TeacherSyncScope.MayRead(TaipeiCounty, ServingNowhereLastAt(TainanSchool)));
    }

    [Fact]
    public void AKeyDoesNotReadATeacherServingOutsideItsScopeEvenIfTheyOnceServedWithinIt() =>
        Assert.False(TeacherSyncScope.MayRead(TainanCounty, new TeacherPlacement(TaipeiSchool, TainanSchool)));
}
