using RegionalConsole.Domain;
using RegionalConsole.Domain.Administration;

namespace RegionalConsole.Tests.Domain.Administration;

public sealed class ReroutingTests
{
    [Fact]
    public void ARowSentToAFixedCentreRoutesEveryCountysOrganisersThere()
    {
        var table = Rerouting.WithRow(JurisdictionRow.Defaults, new JurisdictionRow(InstitutionType.CommunityCollege, CentreCodes.National, "預設"));

        Assert.Equal(CentreCodes.National, JurisdictionRow.Route(table, InstitutionType.CommunityCollege, "10015"));
        Assert.Equal("10015", JurisdictionRow.Route(JurisdictionRow.Defaults, InstitutionType.CommunityCollege, "10015"));
    }

    [Fact]
    public void ARowWithoutACentreRoutesToTheOrganisersCounty()
    {
        var table = Rerouting.WithRow(JurisdictionRow.Defaults, new JurisdictionRow(InstitutionType.NationalSeniorHigh, null, "預設"));

        Assert.Equal("64000", JurisdictionRow.Route(table, InstitutionType.NationalSeniorHigh, "64000"));
    }

    [Fact]
    public void RemovingATypesRowLeavesItsOrganisersUnrouted()
    {
        var table = Rerouting.WithoutRow(JurisdictionRow.Defaults, InstitutionType.PrivateBody);

        Assert.Null(JurisdictionRow.Route(table, InstitutionType.PrivateBody, "63000"));
        Assert.Equal(JurisdictionRow.Defaults.Count - 1, table.Count);
    }

    [Fact]
    public void ChangingOneRowLeavesTheOtherTypesWhereTheyWere()
    {
        var table = Rerouting.WithRow(JurisdictionRow.Defaults, new JurisdictionRow(InstitutionType.University, CentreCodes.K12EA, "測試"));

        Assert.All(Enum.GetValues<InstitutionType>().Where(t => t != InstitutionType.University), type =>
            Assert.Equal(JurisdictionRow.Route(JurisdictionRow.Defaults, type, "63000"), JurisdictionRow.Route(table, type, "63000")));
    }

    [Fact]
    public void AnOpenItemMovesToItsOrganisersNewCentre() => Assert.Equal("K12EA", Rerouting.MoveTarget("NATIONAL", "K12EA"));

    [Fact]
    public void AnOpenItemAlreadyAtTheNewCentreStays() => Assert.Null(Rerouting.MoveTarget("63000", "63000"));

    [Fact]
    public void AnOpenItemOfAnOrganiserThatBecameUnroutedStaysWithItsCentre() => Assert.Null(Rerouting.MoveTarget("63000", null));
}
