using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Domain;
using RegionalConsole.Features.Institutions;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Institutions;

public sealed class InstitutionAdminTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private InstitutionAdminService Service => app.Services.CreateScope().ServiceProvider.GetRequiredService<InstitutionAdminService>();

    [Fact]
    public async Task TheSearchFiltersByCountyAndTypeAndPagesOnTheServer()
    {
        var expected = await app.WithDbAsync(db => db.Institutions.CountAsync(i => i.CountyCode == "63000" && i.Type == InstitutionType.MunicipalSchool));

        var (first, total) = await Service.SearchAsync(new InstitutionQuery(null, "63000", InstitutionType.MunicipalSchool, 0, 5));
        var (second, _) = await Service.SearchAsync(new InstitutionQuery(null, "63000", InstitutionType.MunicipalSchool, 1, 5));

        Assert.Equal(expected, total);
        Assert.True(first.Count <= 5);
        Assert.All(first.Concat(second), r => Assert.Equal(("63000", InstitutionType.MunicipalSchool, "63000"), (r.CountyCode, r.Type, r.CentreCode)));
        Assert.Empty(first.Select(r => r.Code).Intersect(second.Select(r => r.Code)));
    }

    [Fact]
    public async Task TheSearchFindsByCodeOrName()
    {
        var sample = await app.WithDbAsync(db => db.Institutions.OrderBy(i => i.Code).FirstAsync());

        var (byCode, _) = await Service.SearchAsync(new InstitutionQuery(sample.Code, null, null, 0, 25));
        var (byName, _) = await Service.SearchAsync(new InstitutionQuery(sample.Name, null, null, 0, 25));

        Assert.Contains(byCode, r => r.Code == sample.Code);
        Assert.Contains(byName, r => r.Code == sample.Code);
    }

    [Fact]
    public async Task ChangingAnOrganisersTypeRoutesItByTheTableAndIsAudited()
    {
        await RoutingData.AddOrganiserAsync(app, "IA0001", InstitutionType.MunicipalSchool, "10015", "10015");
        var item = await RoutingData.AddItemAsync(app, "IA0001", "10015");
        var form = new InstitutionForm { Code = "IA0001", Name = "國立測試大學", Type = InstitutionType.University, CountyCode = "10015" };

        var (result, plan) = await Service.SaveInstitutionAsync(TestUsers.Administrator, form);

        Assert.True(result.Done, result.Error);
        Assert.Equal(1, plan!.ItemsMoving);
        Assert.Equal(CentreCodes.National, (await app.WithDbAsync(db => db.Institutions.SingleAsync(i => i.Code == "IA0001"))).CentreCode);
        Assert.Equal(CentreCodes.National, (await RoutingData.CentresOfItemsAsync(app))[item]);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "InstitutionUpdated" && a.EntityId == "IA0001" && a.Actor == "admin")));
    }

    [Fact]
    public async Task ACentresContactIsEditedAndAudited()
    {
        var result = await Service.SaveCentreAsync(TestUsers.Administrator, "10015", "花蓮縣教師在職進修區域管理中心", "center@hl.edu.tw");

        Assert.True(result.Done, result.Error);
        Assert.Equal("center@hl.edu.tw", (await Service.CentresAsync()).Single(c => c.Code == "10015").ContactEmail);
        Assert.True(await app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "CentreUpdated" && a.EntityId == "10015")));
    }

    [Fact]
    public async Task ABadContactIsRefusedNamingIt() =>
        Assert.Equal("聯絡信箱「not-an-address」格式不正確。",
            (await Service.SaveCentreAsync(TestUsers.Administrator, "10015", "花蓮縣中心", "not-an-address")).Error);

    [Fact]
    public async Task ASupervisorCannotEditOrganisers()
    {
        var form = new InstitutionForm { Code = "IA0002", Name = "x", Type = InstitutionType.University, CountyCode = "10015" };

        Assert.False((await Service.SaveInstitutionAsync(TestUsers.Supervisor("10015"), form)).Result.Done);
    }
}
