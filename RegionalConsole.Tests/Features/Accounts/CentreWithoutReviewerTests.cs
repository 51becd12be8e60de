using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Domain;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Accounts;

/// <summary>
/// SPEC §13.1: an institution sync or a course submission routed to a centre without an enabled reviewer still succeeds,
/// and says so (CENTRE_WITHOUT_REVIEWER). Here centre 10016 (Penghu) has its reviewers disabled; 63000 keeps its own.
/// </summary>
public sealed class CentreWithoutReviewerTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private const string Unstaffed = "10016";
    private const string UnstaffedOrganiser = "W10016";
    private const string StaffedOrganiser = "W63000";

    public async ValueTask InitializeAsync()
    {
        await app.WithDbAsync(db => db.Accounts.Where(a => a.CentreCode == Unstaffed && a.Role == ConsoleRole.Reviewer)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Enabled, false)));
        using var api = app.CreateApiClient();
        await api.PutJsonAsync($"/api/v1/institutions/{UnstaffedOrganiser}", new { name = "澎湖縣立測試國民小學", type = "MunicipalSchool", countyCode = Unstaffed });
        await api.PutJsonAsync($"/api/v1/institutions/{StaffedOrganiser}", new { name = "臺北市立測試國民小學", type = "MunicipalSchool", countyCode = "63000" });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task AnInstitutionSyncedIntoAnUnstaffedCentreIsStoredAndWarned()
    {
        using var api = app.CreateApiClient();

        var response = await api.PutJsonAsync("/api/v1/institutions/W10016B", new { name = "澎湖縣立另一國民小學", type = "MunicipalSchool", countyCode = Unstaffed });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        AssertWarned(await response.Content.ReadFromJsonAsync<JsonElement>());
        Assert.True(await app.WithDbAsync(db => db.Institutions.AnyAsync(i => i.Code == "W10016B")));
    }

    [Fact]
    public async Task AnInstitutionSyncedIntoAStaffedCentreCarriesNoWarnings()
    {
        using var api = app.CreateApiClient();

        var response = await api.PutJsonAsync("/api/v1/institutions/W63000B", new { name = "臺北市立另一國民小學", type = "MunicipalSchool", countyCode = "63000" });

        Assert.False((await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("warnings", out _));
    }

    [Fact]
    public async Task ACourseSubmittedToAnUnstaffedCentreIsStoredAndWarned()
    {
        using var api = app.CreateApiClient();

        var response = await api.PostAsJsonAsync("/api/v1/courses", CourseBodies.Valid(UnstaffedOrganiser));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        AssertWarned(answer);
        var courseNo = answer.GetProperty("courseNo").GetString();
        Assert.True(await app.WithDbAsync(db => db.ReviewItems.AnyAsync(i => i.Course!.CourseNo == courseNo && i.CentreCode == Unstaffed)));
    }

    [Fact]
    public async Task ABatchWarnsForTheUnstaffedCentresCoursesOnly()
    {
        using var api = app.CreateApiClient();

        var response = await api.PostAsJsonAsync("/api/v1/courses/batch",
            new { courses = new[] { CourseBodies.Valid(StaffedOrganiser), CourseBodies.Valid(UnstaffedOrganiser) } });

        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results");
        Assert.False(results[0].GetProperty("course").TryGetProperty("warnings", out _));
        AssertWarned(results[1].GetProperty("course"));
    }

    [Fact]
    public async Task AModificationOfACourseOfAnUnstaffedCentreIsWarned()
    {
        using var api = app.CreateApiClient();
        var body = CourseBodies.Valid(UnstaffedOrganiser);
        var courseNo = (await (await api.PostAsJsonAsync("/api/v1/courses", body)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("courseNo").GetString();

        var response = await api.PutAsJsonAsync($"/api/v1/courses/{courseNo}", body.With("title", "【國際教育】跨文化課程設計工作坊（第1場）修訂"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertWarned(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task ACourseOfAStaffedCentreCarriesNoWarnings()
    {
        using var api = app.CreateApiClient();

        var response = await api.PostAsJsonAsync("/api/v1/courses", CourseBodies.Valid(StaffedOrganiser));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False((await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("warnings", out _));
    }

    [Fact]
    public async Task AdministratorsSeeTheUnstaffedCentreOnTheDashboardAndOthersDoNot()
    {
        var administrator = await DashboardAsync("admin");
        var supervisor = await DashboardAsync($"supervisor-{Unstaffed}");

        Assert.Contains($"href=\"/queues/course?centre={Unstaffed}\"", administrator, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/queues/course?centre=63000\"", administrator, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"centres-without-reviewer\"", supervisor, StringComparison.Ordinal);
    }

    private async Task<string> DashboardAsync(string account)
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/dev-signin?as={account}")).StatusCode);
        return await client.GetStringAsync("/");
    }

    private static void AssertWarned(JsonElement answer)
    {
        var warning = Assert.Single(answer.GetProperty("warnings").EnumerateArray());
        Assert.Equal("CENTRE_WITHOUT_REVIEWER", warning.GetProperty("code").GetString());
        Assert.Equal(Unstaffed, warning.GetProperty("centre").GetString());
        Assert.Contains(Unstaffed, warning.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
