using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Sync;

/// <summary>POST /api/v1/institutions/batch and GET /api/v1/institutions/{code} (SPEC §14.1).</summary>
public sealed class InstitutionBatchSyncTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private static string NewCode() => "B" + Guid.NewGuid().ToString("N")[..7];

    private Task<int> AuditEntriesAsync(string code) =>
        app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.EntityType == "Institution" && a.EntityId == code));

    [Fact]
    public async Task AMixedBatchAnswersEachItemAndWritesNothingForAnUnchangedOne()
    {
        var (same, fresh, bad) = (NewCode(), NewCode(), NewCode());
        using var api = app.CreateApiClient();
        await api.PutJsonAsync($"/api/v1/institutions/{same}", new { name = "臺南市立不變國小", type = "MunicipalSchool", countyCode = "67000" });

        var response = await api.PostAsJsonAsync("/api/v1/institutions/batch", new
        {
            institutions = new object[]
            {
                new { code = fresh, name = "臺南市立新設國小", type = "MunicipalSchool", countyCode = "67000" },
                new { code = bad, name = "某城堡", type = "Castle", countyCode = "67000" },
                new { code = same, name = "臺南市立不變國小", type = "MunicipalSchool", countyCode = "67000" },
            },
        });

        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 1, 1), (answer.GetProperty("accepted").GetInt32(), answer.GetProperty("refused").GetInt32(), answer.GetProperty("unchanged").GetInt32()));
        var results = answer.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([201, 400, 200], results.Select(r => r.GetProperty("status").GetInt32()));
        Assert.True(results[1].GetProperty("problem").GetProperty("errors").TryGetProperty("institutions[1].type", out _));
        Assert.True(await app.WithDbAsync(db => db.Institutions.AnyAsync(i => i.Code == fresh)));
        Assert.False(await app.WithDbAsync(db => db.Institutions.AnyAsync(i => i.Code == bad)));
        Assert.Equal(1, await AuditEntriesAsync(same));
    }

    [Fact]
    public async Task AnUnchangedPutWritesNoAuditEntry()
    {
        var code = NewCode();
        using var api = app.CreateApiClient();
        object body = new { name = "臺南市立重送國小", type = "MunicipalSchool", countyCode = "67000", contactEmail = "office@school.edu.tw" };
        await api.PutJsonAsync($"/api/v1/institutions/{code}", body);

        var again = await api.PutJsonAsync($"/api/v1/institutions/{code}", body);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await AuditEntriesAsync(code));
    }

    [Fact]
    public async Task MoreThanFiveThousandInstitutionsAreRefusedNamingTheLimit()
    {
        using var api = app.CreateApiClient();
        var institutions = Enumerable.Range(0, 5_001).Select(i => new { code = $"X{i}", name = "機關", type = "MunicipalSchool", countyCode = "67000" }).ToArray();

        var response = await api.PostAsJsonAsync("/api/v1/institutions/batch", new { institutions });

        await ApiAssertions.AssertValidationProblemAsync(response, "institutions");
        Assert.False(await app.WithDbAsync(db => db.Institutions.AnyAsync(i => i.Code == "X0")));
    }

    [Fact]
    public async Task AnInstitutionOutsideTheKeysCountyIsRefusedInTheBatchAndReadsAsNotFound()
    {
        var partners = await SyncPartners.CreateAsync(app);
        using var tainan = app.CreateApiClient(partners.TainanKey);

        var batch = await tainan.PostAsJsonAsync("/api/v1/institutions/batch", new
        {
            institutions = new object[] { new { code = NewCode(), name = "臺北市立越界國小", type = "MunicipalSchool", countyCode = "63000" } },
        });
        var read = await tainan.GetAsync($"/api/v1/institutions/{partners.TaipeiSchool}");

        Assert.Equal(403, (await batch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results")[0].GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task AKeyReadsBackAnInstitutionInItsScope()
    {
        var partners = await SyncPartners.CreateAsync(app);
        using var tainan = app.CreateApiClient(partners.TainanKey);

        var answer = await tainan.GetFromJsonAsync<JsonElement>($"/api/v1/institutions/{partners.TainanSchool}");

        Assert.Equal(("臺南市立同步測試國民小學", "MunicipalSchool", "67000", "67000"), (answer.GetProperty("name").GetString(),
            answer.GetProperty("type").GetString(), answer.GetProperty("countyCode").GetString(), answer.GetProperty("centre").GetString()));
    }
}
