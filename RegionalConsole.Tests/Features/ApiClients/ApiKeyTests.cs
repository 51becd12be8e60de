using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.ApiClients;

public sealed class ApiKeyTests : IClassFixture<ConsoleAppFactory>
{
    private readonly ConsoleAppFactory _app;

    public ApiKeyTests(ConsoleAppFactory app) => _app = app;

    private static object School(string county) => new { name = "金鑰測試國小", type = "MunicipalSchool", countyCode = county };

    [Fact]
    public async Task NoKeyIsUnauthorised()
    {
        using var api = _app.CreateApiClient(key: null);
        var response = await api.PutJsonAsync("/api/v1/institutions/800001", School("63000"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownKeyIsUnauthorisedAndNothingIsStored()
    {
        using var api = _app.CreateApiClient(key: "rc_not-a-real-key");
        var response = await api.PutJsonAsync("/api/v1/institutions/800002", School("63000"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(await _app.WithDbAsync(db => db.Institutions.AnyAsync(i => i.Code == "800002")));
    }

    [Fact]
    public async Task AKeyIsStoredOnlyAsAHash()
    {
        var created = await CreateKeyAsync(new { name = "雜湊測試", isAdministrator = true });

        var stored = await _app.WithDbAsync(db => db.ApiClients.SingleAsync(c => c.Name == "雜湊測試"));
        Assert.NotEqual(created, stored.KeyHash);
        Assert.DoesNotContain(created, stored.KeyHash, StringComparison.Ordinal);
        Assert.Equal(64, stored.KeyHash.Length);
    }

    [Fact]
    public async Task ACountyPartnerMaySyncItsCountyButNotAnother()
    {
        var key = await CreateKeyAsync(new { name = "宜蘭縣校務系統", countyCode = "10002" });
        using var partner = _app.CreateApiClient(key);

        var own = await partner.PutJsonAsync("/api/v1/institutions/800003", School("10002"));
        var other = await partner.PutJsonAsync("/api/v1/institutions/800004", School("63000"));

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.False(await _app.WithDbAsync(db => db.Institutions.AnyAsync(i => i.Code == "800004")));
    }

    [Fact]
    public async Task APartnerKeyCannotCreateKeys()
    {
        var key = await CreateKeyAsync(new { name = "花蓮縣系統", countyCode = "10015" });
        using var partner = _app.CreateApiClient(key);

        var response = await partner.PostAsJsonAsync("/api/v1/api-clients", new { name = "偷建金鑰", isAdministrator = true });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task APartnerKeyNeedsAScope()
    {
        using var api = _app.CreateApiClient();
        var response = await api.PostAsJsonAsync("/api/v1/api-clients", new { name = "無範圍" });

        await ApiAssertions.AssertValidationProblemAsync(response, "institutionCodes");
    }

    private async Task<string> CreateKeyAsync(object body)
    {
        using var api = _app.CreateApiClient();
        var response = await api.PostAsJsonAsync("/api/v1/api-clients", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return answer.GetProperty("key").GetString()!;
    }
}
