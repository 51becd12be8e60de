using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Domain;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Sync;

/// <summary>POST /api/v1/teachers/batch (SPEC §14.1): per-item answers, nothing written for what is already stored.</summary>
public sealed class TeacherBatchSyncTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private Task<int> AuditEntriesAsync(string nationalId) =>
        app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.EntityType == "Teacher" && a.EntityId == NationalId.Mask(nationalId)));

    private static async Task<JsonElement> BatchAsync(HttpClient api, object[] teachers, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/teachers/batch") { Content = JsonContent.Create(new { teachers }) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var response = await api.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task AMixedBatchAnswersEachItemInOrderAndStoresOnlyTheAccepted()
    {
        var partners = await SyncPartners.CreateAsync(app);
        var (same, fresh, unknownSchool) = (SyncPartners.NewNationalId(), SyncPartners.NewNationalId(), SyncPartners.NewNationalId());
        using var api = app.CreateApiClient();
        await api.PutJsonAsync($"/api/v1/teachers/{same}", new { name = "王同步", servingInstitutionCode = partners.TainanSchool });

        var answer = await BatchAsync(api,
        [
            new { nationalId = same, name = "王同步", servingInstitutionCode = partners.TainanSchool },
            new { nationalId = fresh, name = "林新進", servingInstitutionCode = partners.TaipeiSchool },
            new { nationalId = "A123456788", name = "錯檢查碼", servingInstitutionCode = partners.TainanSchool },
            new { nationalId = unknownSchool, name = "查無學校", servingInstitutionCode = "NOPE99" },
        ]);

        Assert.Equal((1, 2, 1), (answer.GetProperty("accepted").GetInt32(), answer.GetProperty("refused").GetInt32(), answer.GetProperty("unchanged").GetInt32()));
        var results = answer.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([200, 201, 400, 400], results.Select(r => r.GetProperty("status").GetInt32()));
        Assert.Equal([0, 1, 2, 3], results.Select(r => r.GetProperty("index").GetInt32()));
        Assert.True(results[0].GetProperty("unchanged").GetBoolean());
        Assert.True(results[2].GetProperty("problem").GetProperty("errors").TryGetProperty("teachers[2].nationalId", out _));
        Assert.True(results[3].GetProperty("problem").GetProperty("errors").TryGetProperty("teachers[3].servingInstitutionCode", out _));
        Assert.True(await app.WithDbAsync(db => db.Teachers.AnyAsync(t => t.NationalId == fresh)));
        Assert.False(await app.WithDbAsync(db => db.Teachers.AnyAsync(t => t.NationalId == unknownSchool)));
        Assert.Equal(1, await AuditEntriesAsync(same));
    }

    [Fact]
    public async Task AnItemOutsideTheKeysScopeIsRefusedWith403AndTheOthersAreStored()
    {
        var partners = await SyncPartners.CreateAsync(app);
        var (own, foreign) = (SyncPartners.NewNationalId(), SyncPartners.NewNationalId());
        using var tainan = app.CreateApiClient(partners.TainanKey);

        var answer = await BatchAsync(tainan,
        [
            new { nationalId = own, name = "陳臺南", servingInstitutionCode = partners.TainanSchool },
            new { nationalId = foreign, name = "張臺北", servingInstitutionCode = partners.TaipeiSchool },
        ]);

        Assert.Equal([201, 403], answer.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("status").GetInt32()));
        Assert.False(await app.WithDbAsync(db => db.Teachers.AnyAsync(t => t.NationalId == foreign)));
    }

    [Fact]
    public async Task MoreThanFiveThousandTeachersAreRefusedNamingTheLimit()
    {
        using var api = app.CreateApiClient();
        var teachers = Enumerable.Range(0, 5_001).Select(_ => new { nationalId = "A123456789", name = "王", servingInstitutionCode = (string?)null }).ToArray();

        var response = await api.PostAsJsonAsync("/api/v1/teachers/batch", new { teachers });

        var problem = await ApiAssertions.AssertValidationProblemAsync(response, "teachers");
        Assert.Contains("5,000", problem.GetProperty("errors").GetProperty("teachers")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyBatchIsRefused()
    {
        using var api = app.CreateApiClient();

        var response = await api.PostAsJsonAsync("/api/v1/teachers/batch", new { teachers = Array.Empty<object>() });

        await ApiAssertions.AssertValidationProblemAsync(response, "teachers");
    }

    [Fact]
    public async Task ARepeatedBatchWithTheSameIdempotencyKeyIsAnsweredAsTheFirstAndStoresNothingTwice()
    {
        var partners = await SyncPartners.CreateAsync(app);
        var id = SyncPartners.NewNationalId();
        using var api = app.CreateApiClient();
        object[] teachers = [new { nationalId = id, name = "冪等", servingInstitutionCode = partners.TainanSchool }];
        var key = Guid.NewGuid().ToString();

        var first = await BatchAsync(api, teachers, key);
        var second = await BatchAsync(api, teachers, key);

        Assert.Equal(201, second.GetProperty("results")[0].GetProperty("status").GetInt32());
        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.Equal(1, await AuditEntriesAsync(id));
    }

    [Fact]
    public async Task AnUnchangedPutWritesNothingAndNoAuditEntry()
    {
        var partners = await SyncPartners.CreateAsync(app);
        var id = SyncPartners.NewNationalId();
        using var api = app.CreateApiClient();
        await api.PutJsonAsync($"/api/v1/teachers/{id}", new { name = "不變", servingInstitutionCode = partners.TainanSchool });
        var stamped = await app.WithDbAsync(db => db.Teachers.Where(t => t.NationalId == id).Select(t => t.UpdatedAt).SingleAsync());
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var again = await api.PutJsonAsync($"/api/v1/teachers/{id}", new { name = "不變", servingInstitutionCode = partners.TainanSchool });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await AuditEntriesAsync(id));
        Assert.Equal(stamped, await app.WithDbAsync(db => db.Teachers.Where(t => t.NationalId == id).Select(t => t.UpdatedAt).SingleAsync()));
    }

    [Fact]
    public async Task ThePreschoolEducatorFlagIsKeptWhenOmittedAndClearedByNull()
    {
        var partners = await SyncPartners.CreateAsync(app);
        var id = SyncPartners.NewNationalId();
        using var api = app.CreateApiClient();
        await BatchAsync(api, [new { nationalId = id, name = "幼教師", servingInstitutionCode = partners.TainanSchool, preschoolEducator = true }]);
        Task<bool?> StoredAsync() => app.WithDbAsync(db => db.Teachers.Where(t => t.NationalId == id).Select(t => t.PreschoolEducator).SingleAsync());
        Assert.True(await StoredAsync());

        await api.PutRawAsync($"/api/v1/teachers/{id}", $$"""{"name":"幼教師改名","servingInstitutionCode":"{{partners.TainanSchool}}"}""");
        Assert.True(await StoredAsync());

        await api.PutRawAsync($"/api/v1/teachers/{id}", $$"""{"name":"幼教師改名","servingInstitutionCode":"{{partners.TainanSchool}}","preschoolEducator":null}""");
        Assert.Null(await StoredAsync());
    }
}
