using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Domain;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Accounts;

/// <summary>GET/POST/PUT /api/v1/accounts and GET /api/v1/centres (SPEC §13.1).</summary>
public sealed class AccountApiTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private static object Reviewer(string userName, string? email = null, string? subject = null, string centre = "67000") => new
    {
        userName,
        displayName = "陳怡君",
        email = email ?? $"{userName}@tn.edu.tw",
        subject,
        role = "Reviewer",
        centre,
    };

    [Fact]
    public async Task AnAdministratorKeyCreatesAReviewerAndGetsTheAccountBackExactly()
    {
        using var api = app.CreateApiClient();

        var response = await api.PostAsJsonAsync("/api/v1/accounts", Reviewer("api-reviewer-1", email: "Chen@TN.edu.tw"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = await app.WithDbAsync(db => db.Accounts.Where(a => a.UserName == "api-reviewer-1").Select(a => a.Id).SingleAsync());
        Assert.Equal(
            $$"""{"id":{{id}},"userName":"api-reviewer-1","displayName":"陳怡君","email":"chen@tn.edu.tw","subject":null,"role":"Reviewer","centre":"67000","supervises":null,"enabled":true}""",
            await response.Content.ReadAsStringAsync());
        Assert.Equal($"/api/v1/accounts/{id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task EveryChangeThroughTheApiIsAuditedAsTheKey()
    {
        using var api = app.CreateApiClient();
        var created = await (await api.PostAsJsonAsync("/api/v1/accounts", Reviewer("api-audited"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();

        var response = await api.PutAsJsonAsync($"/api/v1/accounts/{id}", new { userName = "api-audited", displayName = "陳怡君", email = "api-audited@tn.edu.tw", role = "Reviewer", centre = "67000", enabled = false });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var actions = await app.WithDbAsync(db => db.AuditLog.Where(e => e.EntityType == "Account" && e.EntityId == id.ToString())
            .OrderBy(e => e.Id).Select(e => e.Action + " " + e.Actor).ToListAsync());
        Assert.Equal(["AccountCreated api:bootstrap", "AccountDisabled api:bootstrap"], actions);
    }

    [Fact]
    public async Task APutChangesRoleAndScopeAndAnswersTheAccount()
    {
        using var api = app.CreateApiClient();
        var created = await (await api.PostAsJsonAsync("/api/v1/accounts", Reviewer("api-promoted"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();

        var response = await api.PutAsJsonAsync($"/api/v1/accounts/{id}",
            new { userName = "api-promoted", displayName = "陳督導", email = "api-promoted@tn.edu.tw", role = "Supervisor", supervises = "67000" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Supervisor", "67000", JsonValueKind.Null, true),
            (answer.GetProperty("role").GetString(), answer.GetProperty("supervises").GetString(), answer.GetProperty("centre").ValueKind,
                answer.GetProperty("enabled").GetBoolean()));
    }

    [Fact]
    public async Task APutWithoutEnabledKeepsADisabledAccountDisabled()
    {
        using var api = app.CreateApiClient();
        var id = (await (await api.PostAsJsonAsync("/api/v1/accounts", Reviewer("api-kept-off"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await api.PutAsJsonAsync($"/api/v1/accounts/{id}", new { userName = "api-kept-off", displayName = "甲", email = "api-kept-off@tn.edu.tw", role = "Reviewer", centre = "67000", enabled = false });

        var response = await api.PutAsJsonAsync($"/api/v1/accounts/{id}", new { userName = "api-kept-off", displayName = "乙", email = "api-kept-off@tn.edu.tw", role = "Reviewer", centre = "67000" });

        Assert.False((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task TheListHoldsEveryAccount()
    {
        using var api = app.CreateApiClient();

        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/accounts");

        var names = list.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("userName").GetString()).ToList();
        Assert.Equal(await app.WithDbAsync(db => db.Accounts.CountAsync()), names.Count);
        Assert.Contains("admin", names);
        Assert.Contains("reviewer-63000-1", names);
    }

    [Fact]
    public async Task EachBadFieldIsNamedAndNothingIsStored()
    {
        using var api = app.CreateApiClient();

        var reviewer = await api.PostAsJsonAsync("/api/v1/accounts", new { userName = "bad name!", displayName = "x", email = "not-an-address", role = "Reviewer" });
        var supervisor = await api.PostAsJsonAsync("/api/v1/accounts", new { userName = "api-sup", displayName = "x", email = "s@x.tw", role = "Supervisor" });
        var unknown = await api.PostAsJsonAsync("/api/v1/accounts", new { userName = "api-unknown", displayName = "x", email = "u@x.tw", role = "Reviewer", centre = "99999" });
        var role = await api.PostAsJsonAsync("/api/v1/accounts", new { userName = "api-role", displayName = "x", email = "r@x.tw", role = "Boss" });

        await ApiAssertions.AssertValidationProblemAsync(reviewer, "userName", "email", "centre");
        await ApiAssertions.AssertValidationProblemAsync(supervisor, "supervises");
        await ApiAssertions.AssertValidationProblemAsync(unknown, "centre");
        await ApiAssertions.AssertValidationProblemAsync(role, "role");
        Assert.False(await app.WithDbAsync(db => db.Accounts.AnyAsync(a => a.UserName.StartsWith("api-sup") || a.UserName == "api-unknown" || a.UserName == "api-role")));
    }

    [Theory]
    [InlineData("reviewer-63000-1", "fresh-1@tn.edu.tw", null)]
    [InlineData("fresh-2", "REVIEWER-63000-2@example.edu.tw", null)]
    [InlineData("fresh-3", "fresh-3@tn.edu.tw", "sub-api-taken")]
    public async Task ADuplicateUserNameEmailOrSubjectIsAConflict(string userName, string email, string? subject)
    {
        using var api = app.CreateApiClient();
        await api.PostAsJsonAsync("/api/v1/accounts", Reviewer("subject-holder", subject: "sub-api-taken"));
        var before = await app.WithDbAsync(db => db.Accounts.CountAsync());

        var response = await api.PostAsJsonAsync("/api/v1/accounts", Reviewer(userName, email, subject));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.Accounts.CountAsync()));
    }

    [Fact]
    public async Task AnUnknownAccountIsNotFound()
    {
        using var api = app.CreateApiClient();

        var response = await api.PutAsJsonAsync("/api/v1/accounts/999999", Reviewer("nobody"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/v1/accounts")]
    [InlineData("POST", "/api/v1/accounts")]
    [InlineData("PUT", "/api/v1/accounts/1")]
    [InlineData("GET", "/api/v1/centres")]
    public async Task APartnerKeyIsForbiddenAndNoKeyIsUnauthorized(string method, string url)
    {
        using var admin = app.CreateApiClient();
        var created = await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = $"台南校務系統 {method} {url}", countyCode = "67000" });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        using var partner = app.CreateApiClient(key);
        using var anonymous = app.CreateApiClient(key: null);

        Assert.Equal(HttpStatusCode.Forbidden, (await partner.SendAsync(Request(method, url))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(Request(method, url))).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Accounts.AnyAsync(a => a.UserName == "sneaky")));
    }

    [Fact]
    public async Task TheCentresListCountsEnabledReviewersOnly()
    {
        using var api = app.CreateApiClient();
        var id = (await (await api.PostAsJsonAsync("/api/v1/accounts", Reviewer("penghu-off", centre: "10016"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await api.PutAsJsonAsync($"/api/v1/accounts/{id}", new { userName = "penghu-off", displayName = "x", email = "penghu-off@tn.edu.tw", role = "Reviewer", centre = "10016", enabled = false });
        var expected = await app.WithDbAsync(db => db.Accounts.CountAsync(a => a.CentreCode == "10016" && a.Enabled && a.Role == ConsoleRole.Reviewer));

        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/centres");

        var penghu = list.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "10016");
        Assert.Equal(expected, penghu.GetProperty("enabledReviewers").GetInt32());
        Assert.False(string.IsNullOrEmpty(penghu.GetProperty("name").GetString()));
        Assert.Equal(await app.WithDbAsync(db => db.Centres.CountAsync()), list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheAccountEndpoints()
    {
        using var client = app.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/v1/accounts\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/accounts/{id}\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/centres\"", document, StringComparison.Ordinal);
    }

    private static HttpRequestMessage Request(string method, string url) => new(new HttpMethod(method), url)
    {
        Content = method == "GET" ? null : JsonContent.Create(new { userName = "sneaky", displayName = "x", email = "s@x.tw", role = "Administrator" }),
    };
}
