using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Features.Rosters;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Api;

/// <summary>A partner that asks for English (Accept-Language) gets refusals in English; without it, in Traditional Chinese.</summary>
public sealed class EnglishRefusalTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private HttpClient Client(string? language)
    {
        var client = app.CreateApiClient();
        if (language is not null)
        {
            client.DefaultRequestHeaders.Add("Accept-Language", language);
        }

        return client;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task AnUnknownCourseIsNamedInEnglish()
    {
        using var client = Client("en-US,en;q=0.9");

        var problem = await ProblemAsync(await client.GetAsync("/api/v1/courses/0000000000"), HttpStatusCode.NotFound);

        Assert.Equal("Not found", problem.GetProperty("title").GetString());
        Assert.Equal("There is no course 0000000000.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WithoutAcceptLanguageTheAnswerStaysInTraditionalChinese()
    {
        using var client = Client(null);

        var problem = await ProblemAsync(await client.GetAsync("/api/v1/courses/0000000000"), HttpStatusCode.NotFound);

        Assert.Equal("查無資料", problem.GetProperty("title").GetString());
        Assert.Equal("查無課程 0000000000。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task BadFieldsOfACourseAreExplainedInEnglish()
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        using var client = Client("en");
        var body = CourseBodies.Valid(ReviewScenario.Organiser).With("title", null).With("endDate", "2026-11-30");

        var problem = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/courses", body), HttpStatusCode.BadRequest);

        Assert.Equal("Validation failed", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal("Required.", errors.GetProperty("title")[0].GetString());
        Assert.Equal("The end date must not be before the start date.", errors.GetProperty("endDate")[0].GetString());
    }

    [Fact]
    public async Task ACourseOfABatchIsRefusedInEnglishWithinTheBatchAnswer()
    {
        using var client = Client("en");
        var body = new { courses = new[] { CourseBodies.Valid("NOSUCH1") } };

        var response = await client.PostAsJsonAsync("/api/v1/courses/batch", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results")[0];
        Assert.Equal(400, result.GetProperty("status").GetInt32());
        Assert.Equal("There is no organiser “NOSUCH1”; sync the institution first.",
            result.GetProperty("problem").GetProperty("errors").GetProperty("courses[0].organiserCode")[0].GetString());
    }

    [Fact]
    public async Task AnEmptyRosterIsRefusedInEnglish()
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        var (courseNo, _) = await ReviewScenario.SubmitAsync(app, CourseBodies.Valid(ReviewScenario.Organiser, title: "【國際教育】名單語言測試：" + Guid.NewGuid().ToString("N")[..8]));
        using var client = Client("en");

        var problem = await ProblemAsync(await client.PostAsJsonAsync($"/api/v1/courses/{courseNo}/roster", new { attendees = Array.Empty<object>() }),
            HttpStatusCode.BadRequest);

        Assert.Equal("A roster needs at least one attendee.", problem.GetProperty("errors").GetProperty("attendees")[0].GetString());
    }

    [Fact]
    public async Task ATooLongIdempotencyKeyIsRefusedInEnglish()
    {
        using var client = Client("en");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/courses/0000000000");
        request.Headers.Add("Idempotency-Key", new string('k', 201));

        var problem = await ProblemAsync(await client.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Equal("At most 200 characters.", problem.GetProperty("errors").GetProperty("Idempotency-Key")[0].GetString());
    }

    [Fact]
    public async Task ACancellationWithoutNoticeToEnrolledTeachersSaysInEnglishWhatIsMissing()
    {
        var courseNo = await RosterScenario.HeldCourseAsync(app, date: "2026-12-11");
        using var client = Client("en");
        Assert.Equal(HttpStatusCode.OK, (await client.PutJsonAsync($"/api/v1/courses/{courseNo}/enrolment", new { enrolled = 3 })).StatusCode);

        var problem = await ProblemAsync(
            await client.PostAsJsonAsync($"/api/v1/courses/{courseNo}/cancellation", new { reasonCategory = "Venue", reason = "場地整修" }),
            HttpStatusCode.Conflict);

        Assert.Equal("Enrolled teachers not yet notified", problem.GetProperty("title").GetString());
        const string NoNotice = "3 teachers are enrolled: first notify every one of them and record how (notification.channel), "
            + "when (notification.sentAt) and how many (notification.recipients).";
        Assert.Equal(NoNotice, problem.GetProperty("detail").GetString());
        Assert.Equal(NoNotice, problem.GetProperty("missing")[0].GetString());
    }

    [Fact]
    public async Task ASyncBatchExplainsEachRefusedItemInEnglish()
    {
        using var client = Client("en");
        var body = new { teachers = new[] { new { nationalId = "A000000000", name = "Test", servingInstitutionCode = "NO-SUCH-SCHOOL" } } };

        var response = await client.PostAsJsonAsync("/api/v1/teachers/batch", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results")[0].GetProperty("problem");
        Assert.Equal("Validation failed", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal("Malformed national ID or wrong check digit.", errors.GetProperty("teachers[0].nationalId")[0].GetString());
        Assert.StartsWith("No institution \"NO-SUCH-SCHOOL\"", errors.GetProperty("teachers[0].servingInstitutionCode")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOversizedSyncBatchNamesTheLimitInEnglish()
    {
        using var client = Client("en");
        var teachers = Enumerable.Range(0, 5_001).Select(i => new { nationalId = "A000000000", name = "T", servingInstitutionCode = (string?)null });

        var problem = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/teachers/batch", new { teachers }), HttpStatusCode.BadRequest);

        Assert.Contains("At most 5,000 items a call (5,001 sent)", problem.GetProperty("errors").GetProperty("teachers")[0].GetString(), StringComparison.Ordinal);
    }
}
