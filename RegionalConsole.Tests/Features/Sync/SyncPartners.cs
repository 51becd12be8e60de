using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RegionalConsole.Data.Seeding;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Sync;

/// <summary>Two schools in two counties and the county keys of both, made through the API as partners would be.</summary>
internal sealed class SyncPartners
{
    private static readonly Random Ids = new();

    public required string TainanSchool { get; init; }
    public required string TaipeiSchool { get; init; }
    public required string TainanKey { get; init; }
    public required string TaipeiKey { get; init; }

    /// <summary>A valid national ID no test has used.</summary>
    public static string NewNationalId()
    {
        lock (Ids)
        {
            return DemoPeople.NationalIdFor(Ids);
        }
    }

    public static async Task<SyncPartners> CreateAsync(ConsoleAppFactory app)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        using var admin = app.CreateApiClient();
        var tainan = "N" + suffix;
        var taipei = "P" + suffix;
        Assert.Equal(HttpStatusCode.Created, (await admin.PutJsonAsync($"/api/v1/institutions/{tainan}",
            new { name = "臺南市立同步測試國民小學", type = "MunicipalSchool", countyCode = "67000" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PutJsonAsync($"/api/v1/institutions/{taipei}",
            new { name = "臺北市立同步測試國民小學", type = "MunicipalSchool", countyCode = "63000" })).StatusCode);
        return new SyncPartners
        {
            TainanSchool = tainan,
            TaipeiSchool = taipei,
            TainanKey = await KeyAsync(admin, "臺南市校務系統" + suffix, "67000"),
            TaipeiKey = await KeyAsync(admin, "臺北市校務系統" + suffix, "63000"),
        };
    }

    private static async Task<string> KeyAsync(HttpClient admin, string name, string county)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/api-clients", new { name, countyCode = county });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }
}
