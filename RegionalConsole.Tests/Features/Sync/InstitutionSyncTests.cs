using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Domain;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Sync;

public sealed class InstitutionSyncTests : IClassFixture<ConsoleAppFactory>
{
    private readonly ConsoleAppFactory _app;

    public InstitutionSyncTests(ConsoleAppFactory app) => _app = app;

    [Fact]
    public async Task NewMunicipalSchoolIsCreatedAndRoutedToItsCountyCentre()
    {
        using var api = _app.CreateApiClient();
        var response = await api.PutJsonAsync("/api/v1/institutions/613501",
            new { name = "臺北市立建國高級中學", type = "MunicipalSchool", countyCode = "63000" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("63000", answer.GetProperty("centre").GetString());
        var stored = await _app.WithDbAsync(db => db.Institutions.SingleAsync(i => i.Code == "613501"));
        Assert.Equal(InstitutionType.MunicipalSchool, stored.Type);
        Assert.Equal("63000", stored.CentreCode);
    }

    [Theory]
    [InlineData("University", "NATIONAL")]
    [InlineData("TeacherEducationUniversity", "NATIONAL")]
    [InlineData("NationalSeniorHigh", "K12EA")]
    [InlineData("LocalGovernmentAgency", "66000")]
    [InlineData("CommunityCollege", "66000")]
    [InlineData("PrivateBody", "66000")]
    public async Task EachTypeIsRoutedByTheJurisdictionTable(string type, string centre)
    {
        using var api = _app.CreateApiClient();
        var code = "9" + Math.Abs(type.GetHashCode(StringComparison.Ordinal) % 99999).ToString("00000", System.Globalization.CultureInfo.InvariantCulture);
        var response = await api.PutJsonAsync($"/api/v1/institutions/{code}", new { name = $"測試{type}", type, countyCode = "66000" });

        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(centre, answer.GetProperty("centre").GetString());
    }

    [Fact]
    public async Task ASecondPutUpdatesTheSameInstitution()
    {
        using var api = _app.CreateApiClient();
        await api.PutJsonAsync("/api/v1/institutions/700001", new { name = "舊名稱國小", type = "MunicipalSchool", countyCode = "10002" });
        var response = await api.PutJsonAsync("/api/v1/institutions/700001", new { name = "新名稱國小", type = "MunicipalSchool", countyCode = "10002" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = await _app.WithDbAsync(db => db.Institutions.Where(i => i.Code == "700001").Select(i => i.Name).ToListAsync());
        Assert.Equal(["新名稱國小"], names);
    }

    [Fact]
    public async Task UnknownTypeAndCountyAreRefusedNamingBothFieldsAndNothingIsStored()
    {
        using var api = _app.CreateApiClient();
        var response = await api.PutJsonAsync("/api/v1/institutions/700002", new { name = "某機關", type = "Castle", countyCode = "99999" });

        await ApiAssertions.AssertValidationProblemAsync(response, "type", "countyCode");
        Assert.False(await _app.WithDbAsync(db => db.Institutions.AnyAsync(i => i.Code == "700002")));
    }

    [Fact]
    public async Task MalformedJsonIsRefusedWithABadRequest()
    {
        using var api = _app.CreateApiClient();
        var response = await api.PutRawAsync("/api/v1/institutions/700003", "{\"name\": \"x\", \"type\": ");

        await ApiAssertions.AssertValidationProblemAsync(response);
        Assert.False(await _app.WithDbAsync(db => db.Institutions.AnyAsync(i => i.Code == "700003")));
    }

    [Fact]
    public async Task AWrongTypeForAFieldIsNamed()
    {
        using var api = _app.CreateApiClient();
        var response = await api.PutRawAsync("/api/v1/institutions/700004", "{\"name\": 12, \"type\": \"Preschool\", \"countyCode\": \"63000\"}");

        await ApiAssertions.AssertValidationProblemAsync(response, "name");
    }

    [Fact]
    public async Task AnInstitutionWhoseTypeHasNoJurisdictionRowIsUnrouted()
    {
        await _app.WithDbAsync(async db =>
        {
            await db.JurisdictionRules.Where(r => r.InstitutionType == InstitutionType.CentralAgency).ExecuteDeleteAsync();
            return 0;
        });
        using var api = _app.CreateApiClient();
        var response = await api.PutJsonAsync("/api/v1/institutions/700005", new { name = "教育部某署", type = "CentralAgency", countyCode = "63000" });

        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(answer.GetProperty("routed").GetBoolean());
        Assert.Null(await _app.WithDbAsync(db => db.Institutions.Where(i => i.Code == "700005").Select(i => i.CentreCode).SingleAsync()));
    }

    [Fact]
    public async Task EverySyncIsAudited()
    {
        using var api = _app.CreateApiClient();
        await api.PutJsonAsync("/api/v1/institutions/700006", new { name = "稽核國小", type = "MunicipalSchool", countyCode = "10015" });

        var entry = await _app.WithDbAsync(db => db.AuditLog.SingleAsync(a => a.EntityType == "Institution" && a.EntityId == "700006"));
        Assert.Equal("api:bootstrap", entry.Actor);
        Assert.Contains("稽核國小", entry.After, StringComparison.Ordinal);
    }
}
