using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Courses;

public sealed class CourseApiTests : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private const string Organiser = "T63001";
    private readonly ConsoleAppFactory _app;

    public CourseApiTests(ConsoleAppFactory app) => _app = app;

    public async ValueTask InitializeAsync()
    {
        using var api = _app.CreateApiClient();
        await api.PutJsonAsync($"/api/v1/institutions/{Organiser}", new { name = "臺北市立測試國民小學", type = "MunicipalSchool", countyCode = "63000" });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task ValidateAnswersSegmentsAndChecksAndStoresNothing()
    {
        using var api = _app.CreateApiClient();
        var before = await _app.WithDbAsync(db => db.Courses.CountAsync());

        var response = await api.PostAsJsonAsync("/api/v1/courses/validate", CourseBodies.Valid(Organiser));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(180, answer.GetProperty("creditableMinutes").GetInt32());
        var first = answer.GetProperty("segments")[0];
        Assert.Equal("Excluded", first.GetProperty("classification").GetString());
        Assert.Equal("SignInOut", first.GetProperty("category").GetString());
        Assert.Equal("報到", first.GetProperty("term").GetString());
        Assert.Equal("63000", answer.GetProperty("centre").GetString());
        Assert.Equal(before, await _app.WithDbAsync(db => db.Courses.CountAsync()));
    }

    [Fact]
    public async Task SubmitRoutesToTheCentreAndIsDueOnTheThirdWorkingDay()
    {
        using var api = _app.CreateApiClient();

        var response = await api.PostAsJsonAsync("/api/v1/courses", CourseBodies.Valid(Organiser));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var courseNo = answer.GetProperty("courseNo").GetString()!;
        Assert.StartsWith("115", courseNo, StringComparison.Ordinal);
        Assert.Equal("PendingReview", answer.GetProperty("status").GetString());
        // Submitted Wed 2026-11-25 in Taipei: 11-26, 11-27, 11-30.
        Assert.Equal("2026-11-30", answer.GetProperty("reviewDueDate").GetString());
        Assert.Equal($"/api/v1/courses/{courseNo}", response.Headers.Location!.OriginalString);
        var item = await _app.WithDbAsync(db => db.ReviewItems.Include(i => i.Course).SingleAsync(i => i.Course!.CourseNo == courseNo));
        Assert.Equal("63000", item.CentreCode);
        Assert.Equal(new DateOnly(2026, 11, 30), item.DueDate);
        // The course starts 12-01, after its due date: not urgent.
        Assert.False(item.IsUrgent);
    }

    [Fact]
    public async Task AStoredCourseReadsBackWithItsChecks()
    {
        using var api = _app.CreateApiClient();
        var body = CourseBodies.Valid(Organiser).With("declaredHours", 6);
        var created = await (await api.PostAsJsonAsync("/api/v1/courses", body)).Content.ReadFromJsonAsync<JsonElement>();
        var courseNo = created.GetProperty("courseNo").GetString();

        var read = await api.GetFromJsonAsync<JsonElement>($"/api/v1/courses/{courseNo}");

        Assert.Equal(courseNo, read.GetProperty("courseNo").GetString());
        var codes = read.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        Assert.Contains("HOURS_OVER_CREDITABLE", codes);
        var check = read.GetProperty("checks").EnumerateArray().First(c => c.GetProperty("code").GetString() == "HOURS_OVER_CREDITABLE");
        Assert.Equal("Error", check.GetProperty("severity").GetString());
        Assert.Equal("管理規定第10條第4款", check.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task BadInputIsRefusedNamingEveryFieldAndNothingIsStored()
    {
        using var api = _app.CreateApiClient();
        var before = await _app.WithDbAsync(db => db.Courses.CountAsync());
        var body = CourseBodies.Valid(Organiser)
            .With("declaredHours", -2)
            .With("startDate", "2026-12-05")
            .With("endDate", "2026-12-01")
            .With("audience", new[] { "Parents" })
            .With("delivery", new { mode = "Telepathy" });

        var response = await api.PostAsJsonAsync("/api/v1/courses", body);

        await ApiAssertions.AssertValidationProblemAsync(response, "declaredHours", "endDate", "audience[0]", "delivery.mode");
        Assert.Equal(before, await _app.WithDbAsync(db => db.Courses.CountAsync()));
    }

    [Fact]
    public async Task BrokenJsonAndWrongTypesAreRefused()
    {
        using var api = _app.CreateApiClient();

        var broken = await api.PostAsync("/api/v1/courses", new StringContent("{\"title\": [", System.Text.Encoding.UTF8, "application/json"));
        var wrongType = await api.PostAsync("/api/v1/courses",
            new StringContent("{\"organiserCode\":\"T63001\",\"declaredHours\":\"three\"}", System.Text.Encoding.UTF8, "application/json"));

        await ApiAssertions.AssertValidationProblemAsync(broken);
        await ApiAssertions.AssertValidationProblemAsync(wrongType, "declaredHours");
    }

    [Fact]
    public async Task AnUnreadableTimeIsACheckResultNotACrash()
    {
        using var api = _app.CreateApiClient();
        var body = CourseBodies.Valid(Organiser).With("schedule", new object[]
        {
            new { date = "2026-12-01", start = "9點", end = "12:00", activity = "專題演講" },
        });

        var response = await api.PostAsJsonAsync("/api/v1/courses/validate", body);

        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(answer.GetProperty("checks").EnumerateArray(), c => c.GetProperty("code").GetString() == "SCHEDULE_INVALID_TIME");
    }

    [Fact]
    public async Task AFreeTextScheduleIsParsedIntoSegments()
    {
        using var api = _app.CreateApiClient();
        var body = CourseBodies.Valid(Organiser).With("schedule", null)
            .With("scheduleText", "2026/12/01\n０８：３０－０９：００　報到\n09:00~12:00 專題講座：差異化教學");

        var answer = await (await api.PostAsJsonAsync("/api/v1/courses/validate", body)).Content.ReadFromJsonAsync<JsonElement>();

        var segments = answer.GetProperty("segments");
        Assert.Equal(2, segments.GetArrayLength());
        Assert.Equal("08:30", segments[0].GetProperty("start").GetString());
        Assert.Equal("2026-12-01", segments[1].GetProperty("date").GetString());
        Assert.Equal(180, answer.GetProperty("creditableMinutes").GetInt32());
    }

    [Fact]
    public async Task ARepeatedIdempotencyKeyStoresOnceAndReplaysTheFirstAnswer()
    {
        using var api = _app.CreateApiClient();
        var body = CourseBodies.Valid(Organiser);

        var first = await Send(api, body, "key-1");
        var second = await Send(api, body, "key-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        var externalId = (string)body["externalId"]!;
        Assert.Equal(1, await _app.WithDbAsync(db => db.Courses.CountAsync(c => c.ExternalId == externalId)));
    }

    [Fact]
    public async Task ConcurrentRequestsWithOneIdempotencyKeyCreateOneCourse()
    {
        var body = CourseBodies.Valid(Organiser);
        var tasks = Enumerable.Range(0, 8).Select(async _ =>
        {
            using var api = _app.CreateApiClient();
            return await Send(api, body, "key-concurrent");
        });

        var responses = await Task.WhenAll(tasks);

        var externalId = (string)body["externalId"]!;
        Assert.Equal(1, await _app.WithDbAsync(db => db.Courses.CountAsync(c => c.ExternalId == externalId)));
        var bodies = await Task.WhenAll(responses.Where(r => r.StatusCode == HttpStatusCode.Created).Select(r => r.Content.ReadAsStringAsync()));
        Assert.Single(bodies.Distinct());
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, r.StatusCode.ToString()));
    }

    [Fact]
    public async Task APartnerOfAnotherCountyCannotSubmitForThisOrganiser()
    {
        using var admin = _app.CreateApiClient();
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "新北系統", countyCode = "65000" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        using var partner = _app.CreateApiClient(created.GetProperty("key").GetString());

        var response = await partner.PostAsJsonAsync("/api/v1/courses", CourseBodies.Valid(Organiser));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ADuplicateExternalIdIsAConflictNamingTheExistingCourse()
    {
        using var api = _app.CreateApiClient();
        var body = CourseBodies.Valid(Organiser, externalId: "TP-DUP-1");
        var first = await (await api.PostAsJsonAsync("/api/v1/courses", body)).Content.ReadFromJsonAsync<JsonElement>();

        var second = await api.PostAsJsonAsync("/api/v1/courses", body);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains(first.GetProperty("courseNo").GetString()!, await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Send(HttpClient api, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/courses") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return api.SendAsync(request);
    }
}
