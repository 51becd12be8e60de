using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Calendar;

/// <summary>GET /api/v1/calendar/review-due with the examples of SPEC §4 and §10.</summary>
public sealed class ReviewDueApiTests : IClassFixture<ConsoleAppFactory>
{
    private readonly ConsoleAppFactory _app;

    public ReviewDueApiTests(ConsoleAppFactory app) => _app = app;

    [Fact]
    public async Task SubmittedOnWednesdayTheTwentyFifthIsDueOnMondayWithItsThreeWorkingDays()
    {
        using var api = _app.CreateApiClient();
        var response = await api.GetAsync("/api/v1/calendar/review-due?submittedAt=2026-11-25T10:00:00%2B08:00&centre=63000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2026-11-30", answer.GetProperty("dueDate").GetString());
        Assert.Equal(["2026-11-26", "2026-11-27", "2026-11-30"], answer.GetProperty("workingDays").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task LunarNewYearDaysDoNotCountSoASaturdaySubmissionIsDueTheWednesdayAfter()
    {
        var answer = await DueAsync("2026-02-14T09:00:00%2B08:00", "65000");

        Assert.Equal("2026-02-25", answer);
    }

    [Theory]
    [InlineData("2026-11-24T16:00Z", "2026-11-30")]
    [InlineData("2026-11-24T15:59:59Z", "2026-11-27")]
    [InlineData("2026-11-24T23:30:00Z", "2026-11-30")]
    public async Task TheSubmissionDateIsTheCalendarDateInTaipei(string submittedAt, string due)
    {
        Assert.Equal(due, await DueAsync(submittedAt, "63000"));
    }

    [Fact]
    public async Task AnInstantWithoutOffsetIsTaipeiTime()
    {
        // 23:30 on the 24th in Taipei, not UTC (which would already be the 25th there).
        Assert.Equal("2026-11-27", await DueAsync("2026-11-24T23:30:00", "63000"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("submittedAt=")]
    [InlineData("submittedAt=yesterday")]
    [InlineData("submittedAt=2026-11-25T10:00:00+08:00")]
    [InlineData("submittedAt=2026-02-30T10:00")]
    public async Task AMissingOrMalformedSubmissionTimeIsRefusedNamingTheField(string query)
    {
        using var api = _app.CreateApiClient();
        var response = await api.GetAsync($"/api/v1/calendar/review-due?{query}&centre=63000");

        await ApiAssertions.AssertValidationProblemAsync(response, "submittedAt");
    }

    [Theory]
    [InlineData("centre=99999")]
    [InlineData("centre=")]
    [InlineData("")]
    public async Task AnUnknownOrMissingCentreIsRefusedNamingTheField(string query)
    {
        using var api = _app.CreateApiClient();
        var response = await api.GetAsync($"/api/v1/calendar/review-due?submittedAt=2026-11-25T10:00:00%2B08:00&{query}");

        await ApiAssertions.AssertValidationProblemAsync(response, "centre");
    }

    [Theory]
    [InlineData("2027-12-29T10:00:00%2B08:00", 2028)]
    [InlineData("2031-06-01T10:00:00%2B08:00", 2031)]
    [InlineData("2020-06-01T10:00:00%2B08:00", 2020)]
    public async Task ADateBeyondTheImportedCalendarNamesTheYearToImport(string submittedAt, int year)
    {
        using var api = _app.CreateApiClient();
        var response = await api.GetAsync($"/api/v1/calendar/review-due?submittedAt={submittedAt}&centre=63000");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(year, problem.GetProperty("missingYear").GetInt32());
        Assert.Contains($"{year} 年", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyPartnerKeyMayAsk()
    {
        using var admin = _app.CreateApiClient();
        var created = await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "期限查詢系統", countyCode = "10002" });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        using var partner = _app.CreateApiClient(key);

        var response = await partner.GetAsync("/api/v1/calendar/review-due?submittedAt=2026-11-25T10:00:00%2B08:00&centre=NATIONAL");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAKeyTheAnswerIsUnauthorised()
    {
        using var api = _app.CreateApiClient(key: null);
        var response = await api.GetAsync("/api/v1/calendar/review-due?submittedAt=2026-11-25T10:00:00%2B08:00&centre=63000");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ACountyClosureMovesOnlyThatCountysCentre()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var closures = scope.ServiceProvider.GetRequiredService<ClosureService>();
            var result = await closures.AddAsync(TestUsers.Administrator, "10015", new DateOnly(2026, 11, 27), "颱風");
            Assert.True(result.Succeeded, result.Error.ToString());
        }

        Assert.Equal("2026-12-01", await DueAsync("2026-11-25T10:00:00%2B08:00", "10015"));
        Assert.Equal("2026-11-30", await DueAsync("2026-11-25T10:00:00%2B08:00", "10014"));
        Assert.Equal("2026-11-30", await DueAsync("2026-11-25T10:00:00%2B08:00", "NATIONAL"));
    }

    private async Task<string?> DueAsync(string submittedAt, string centre)
    {
        using var api = _app.CreateApiClient();
        var response = await api.GetAsync($"/api/v1/calendar/review-due?submittedAt={submittedAt}&centre={centre}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("dueDate").GetString();
    }
}
