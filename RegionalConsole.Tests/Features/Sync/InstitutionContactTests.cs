using System.Net;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Sync;

/// <summary>The organiser's contact address through the institution sync (SPEC §13.2).</summary>
public sealed class InstitutionContactTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private static string NewCode() => "C" + Guid.NewGuid().ToString("N")[..7];

    private async Task<HttpResponseMessage> SyncAsync(string code, string json, string name = "臺北市立聯絡測試國民小學")
    {
        using var api = app.CreateApiClient();
        return await api.PutRawAsync($"/api/v1/institutions/{code}",
            $$"""{"name":"{{name}}","type":"MunicipalSchool","countyCode":"63000"{{json}}}""");
    }

    private Task<string?> StoredAsync(string code) =>
        app.WithDbAsync(db => db.Institutions.Where(i => i.Code == code).Select(i => i.ContactEmail).SingleAsync());

    [Fact]
    public async Task TheSyncStoresTheContactAddress()
    {
        var code = NewCode();

        var response = await SyncAsync(code, ""","contactEmail":"office@school.edu.tw" """);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("office@school.edu.tw", await StoredAsync(code));
    }

    [Fact]
    public async Task TheNightlySyncThatOmitsTheAddressKeepsIt()
    {
        var code = NewCode();
        await SyncAsync(code, ""","contactEmail":"office@school.edu.tw" """);

        var response = await SyncAsync(code, "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("office@school.edu.tw", await StoredAsync(code));
    }

    [Fact]
    public async Task NullClearsTheAddress()
    {
        var code = NewCode();
        await SyncAsync(code, ""","contactEmail":"office@school.edu.tw" """);

        var response = await SyncAsync(code, ""","contactEmail":null""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await StoredAsync(code));
    }

    [Theory]
    [InlineData("\"not-an-email\"")]
    [InlineData("\"office@school.edu.tw\\r\\nBcc: all@example.com\"")]
    [InlineData("\"a@school.edu.tw, b@school.edu.tw\"")]
    [InlineData("\"office@school.edu.tw\\u0000\"")]
    [InlineData("5")]
    public async Task ABadAddressIsRefusedNamingTheFieldAndNothingIsStored(string address)
    {
        var code = NewCode();
        await SyncAsync(code, ""","contactEmail":"office@school.edu.tw" """);

        var response = await SyncAsync(code, $$""","contactEmail":{{address}}""", name: "臺北市立改名國民小學");

        await ApiAssertions.AssertValidationProblemAsync(response, "contactEmail");
        var stored = await app.WithDbAsync(db => db.Institutions.AsNoTracking().SingleAsync(i => i.Code == code));
        Assert.Equal("office@school.edu.tw", stored.ContactEmail);
        Assert.Equal("臺北市立聯絡測試國民小學", stored.Name);
    }

    [Fact]
    public async Task AChangedAddressIsAudited()
    {
        var code = NewCode();
        await SyncAsync(code, ""","contactEmail":"old@school.edu.tw" """);

        await SyncAsync(code, ""","contactEmail":"new@school.edu.tw" """);

        var entry = await app.WithDbAsync(db => db.AuditLog.Where(a => a.EntityId == code && a.Action == "InstitutionUpdated").SingleAsync());
        Assert.Contains("old@school.edu.tw", entry.Before, StringComparison.Ordinal);
        Assert.Contains("new@school.edu.tw", entry.After, StringComparison.Ordinal);
    }
}
