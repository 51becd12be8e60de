using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Sync;

/// <summary>Which key may write and read which teacher (SPEC §14.1), through PUT and GET /api/v1/teachers/{nationalId}.</summary>
public sealed class TeacherScopeApiTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private async Task<string> TeacherAtAsync(string? school, string? thenServing = "same")
    {
        var id = SyncPartners.NewNationalId();
        using var admin = app.CreateApiClient();
        await admin.PutJsonAsync($"/api/v1/teachers/{id}", new { name = "原教師", servingInstitutionCode = school });
        if (thenServing != "same")
        {
            await admin.PutJsonAsync($"/api/v1/teachers/{id}", new { name = "原教師", servingInstitutionCode = thenServing });
        }

        return id;
    }

    [Fact]
    public async Task ACountyKeyTakesOverATeacherWhoMovedInFromAnotherCounty()
    {
        var partners = await SyncPartners.CreateAsync(app);
        var id = await TeacherAtAsync(partners.TaipeiSchool);
        using var tainan = app.CreateApiClient(partners.TainanKey);

        var response = await tainan.PutJsonAsync($"/api/v1/teachers/{id}", new { name = "原教師", servingInstitutionCode = partners.TainanSchool });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(partners.TainanSchool, await app.WithDbAsync(db => db.Teachers.Where(t => t.NationalId == id).Select(t => t.ServingInstitutionCode).SingleAsync()));
    }

    [Fact]
    public async Task AKeyMayNotGiveATeacherAServingInstitutionOutsideItsScope()
    {
        var partners = await SyncPartners.CreateAsync(app);
        using var tainan = app.CreateApiClient(partners.TainanKey);

        var response = await tainan.PutJsonAsync($"/api/v1/teachers/{SyncPartners.NewNationalId()}",
            new { name = "越界", servingInstitutionCode = partners.TaipeiSchool });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ATeacherWhoCameToServeNowhereKeepsTheLastServingInstitution()
    {
        var partners = await SyncPartners.CreateAsync(app);

        var id = await TeacherAtAsync(partners.TaipeiSchool, thenServing: null);

        var stored = await app.WithDbAsync(db => db.Teachers.SingleAsync(t => t.NationalId == id));
        Assert.Equal((null, partners.TaipeiSchool), (stored.ServingInstitutionCode, stored.LastServingInstitutionCode));
    }

    [Fact]
    public async Task AKeyMayNotRenameATeacherServingNowhereWhoLastServedOutsideItsScope()
    {
        var partners = await SyncPartners.CreateAsync(app);
        var id = await TeacherAtAsync(partners.TaipeiSchool, thenServing: null);
        using var tainan = app.CreateApiClient(partners.TainanKey);

        var response = await tainan.PutJsonAsync($"/api/v1/teachers/{id}", new { name = "改名", servingInstitutionCode = (string?)null });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("原教師", await app.WithDbAsync(db => db.Teachers.Where(t => t.NationalId == id).Select(t => t.Name).SingleAsync()));
    }

    [Fact]
    public async Task TheKeyWhoseScopeHeldTheLastServingInstitutionUpdatesATeacherServingNowhere()
    {
        var partners = await SyncPartners.CreateAsync(app);
        var id = await TeacherAtAsync(partners.TaipeiSchool, thenServing: null);
        using var taipei = app.CreateApiClient(partners.TaipeiKey);

        var response = await taipei.PutJsonAsync($"/api/v1/teachers/{id}", new { name = "改名", servingInstitutionCode = (string?)null });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AKeyReadsBackATeacherInItsScopeWithWhatIsStored()
    {
        var partners = await SyncPartners.CreateAsync(app);
        var id = SyncPartners.NewNationalId();
        using var tainan = app.CreateApiClient(partners.TainanKey);
        await tainan.PutJsonAsync($"/api/v1/teachers/{id}", new { name = "讀回", servingInstitutionCode = partners.TainanSchool, preschoolEducator = true });

        var answer = await tainan.GetFromJsonAsync<JsonElement>($"/api/v1/teachers/{id}");

        Assert.Equal(("讀回", partners.TainanSchool, true), (answer.GetProperty("name").GetString(),
            answer.GetProperty("servingInstitutionCode").GetString(), answer.GetProperty("preschoolEducator").GetBoolean()));
    }

    [Fact]
    public async Task ATeacherOutsideTheKeysScopeReadsAsNotFound()
    {
        var partners = await SyncPartners.CreateAsync(app);
        var id = await TeacherAtAsync(partners.TaipeiSchool);
        using var tainan = app.CreateApiClient(partners.TainanKey);

        var response = await tainan.GetAsync($"/api/v1/teachers/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("原教師", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
