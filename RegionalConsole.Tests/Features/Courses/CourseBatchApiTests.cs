using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Courses;

public sealed class CourseBatchApiTests : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private const string Organiser = "T63101";
    private const string OtherCountyOrganiser = "T65101";
    private const string Batch = "/api/v1/courses/batch";
    private readonly ConsoleAppFactory _app;

    public CourseBatchApiTests(ConsoleAppFactory app) => _app = app;

    public async ValueTask InitializeAsync()
    {
        using var api = _app.CreateApiClient();
        await api.PutJsonAsync($"/api/v1/institutions/{Organiser}", new { name = "臺北市立批次國民小學", type = "MunicipalSchool", countyCode = "63000" });
        await api.PutJsonAsync($"/api/v1/institutions/{OtherCountyOrganiser}", new { name = "新北市立批次國民小學", type = "MunicipalSchool", countyCode = "65000" });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task EveryValidCourseIsStoredAndAnsweredAsAReadAnswersIt()
    {
        using var api = _app.CreateApiClient();
        var bodies = Enumerable.Range(1, 3).Select(n => CourseBodies.Valid(Organiser, title: $"差異化教學工作坊（第{n}場）")).ToArray();

        var answer = await SendAsync(api, bodies);

        Assert.Equal(3, answer.GetProperty("created").GetInt32());
        foreach (var result in answer.GetProperty("results").EnumerateArray())
        {
            Assert.Equal(201, result.GetProperty("status").GetInt32());
            var course = result.GetProperty("course");
            var read = await api.GetStringAsync(result.GetProperty("location").GetString());
            Assert.Equal(course.GetRawText(), read);
        }
    }

    [Fact]
    public async Task ABadCourseIsNamedByItsIndexAndOnlyItIsNotStored()
    {
        using var api = _app.CreateApiClient();
        var good = CourseBodies.Valid(Organiser);
        var bad = CourseBodies.Valid(Organiser).With("title", null).With("declaredHours", -1);
        var alsoGood = CourseBodies.Valid(Organiser);

        var answer = await SendAsync(api, good, bad, alsoGood);

        var results = answer.GetProperty("results");
        Assert.Equal([201, 400, 201], results.EnumerateArray().Select(r => r.GetProperty("status").GetInt32()));
        var errors = results[1].GetProperty("problem").GetProperty("errors");
        Assert.True(errors.TryGetProperty("courses[1].title", out _), errors.GetRawText());
        Assert.True(errors.TryGetProperty("courses[1].declaredHours", out _), errors.GetRawText());
        Assert.Equal(2, await CountAsync(good, bad, alsoGood));
        Assert.Equal(0, await CountAsync(bad));
    }

    [Fact]
    public async Task TwoCoursesWithOneExternalIdStoreOnlyTheFirst()
    {
        using var api = _app.CreateApiClient();
        var first = CourseBodies.Valid(Organiser, externalId: "BATCH-TWIN");
        var twin = CourseBodies.Valid(Organiser, externalId: "BATCH-TWIN", title: "另一門課");

        var answer = await SendAsync(api, first, twin);

        var results = answer.GetProperty("results");
        Assert.Equal(201, results[0].GetProperty("status").GetInt32());
        Assert.Equal(409, results[1].GetProperty("status").GetInt32());
        Assert.Contains("courses[0]", results[1].GetProperty("problem").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(first));
    }

    [Fact]
    public async Task AnExternalIdStoredBeforeIsAConflictAsInTheSingleEndpoint()
    {
        using var api = _app.CreateApiClient();
        var body = CourseBodies.Valid(Organiser, externalId: "BATCH-EARLIER");
        var single = await (await api.PostAsJsonAsync("/api/v1/courses", body)).Content.ReadFromJsonAsync<JsonElement>();

        var answer = await SendAsync(api, body);

        var result = answer.GetProperty("results")[0];
        Assert.Equal(409, result.GetProperty("status").GetInt32());
        Assert.Contains(single.GetProperty("courseNo").GetString()!, result.GetProperty("problem").GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACourseOfAnOrganiserOutsideTheKeysScopeIsForbiddenAlone()
    {
        using var admin = _app.CreateApiClient();
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "臺北批次系統", countyCode = "63000" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        using var partner = _app.CreateApiClient(created.GetProperty("key").GetString());
        var own = CourseBodies.Valid(Organiser);
        var foreign = CourseBodies.Valid(OtherCountyOrganiser);

        var answer = await SendAsync(partner, own, foreign);

        var results = answer.GetProperty("results");
        Assert.Equal(201, results[0].GetProperty("status").GetInt32());
        Assert.Equal(403, results[1].GetProperty("status").GetInt32());
        Assert.Equal(0, await CountAsync(foreign));
    }

    [Fact]
    public async Task ABatchOverTheLimitIsRefusedNamingTheLimitAndStoresNothing()
    {
        using var api = _app.CreateApiClient();
        var externalId = "BATCH-OVER-" + Guid.NewGuid().ToString("N")[..6];
        var bodies = Enumerable.Range(0, 1_001).Select(n => CourseBodies.Valid(Organiser, externalId: $"{externalId}-{n}")).ToArray();

        var response = await api.PostAsJsonAsync(Batch, new { courses = bodies });

        var problem = await ApiAssertions.AssertValidationProblemAsync(response, "courses");
        Assert.Contains("1,000", problem.GetProperty("errors").GetProperty("courses")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await _app.WithDbAsync(db => db.Courses.CountAsync(c => c.ExternalId!.StartsWith(externalId))));
    }

    [Fact]
    public async Task ARepeatedIdempotencyKeyReplaysTheBatchAndStoresNothingTwice()
    {
        using var api = _app.CreateApiClient();
        var bodies = new[] { CourseBodies.Valid(Organiser), CourseBodies.Valid(Organiser) };

        var first = await SendRawAsync(api, bodies, "batch-key-1");
        var second = await SendRawAsync(api, bodies, "batch-key-1");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(2, await CountAsync(bodies));
    }

    [Fact]
    public async Task EveryStoredCourseHasAnOpenReviewItemDueOnTheThirdWorkingDay()
    {
        using var api = _app.CreateApiClient();
        var bodies = new[] { CourseBodies.Valid(Organiser), CourseBodies.Valid(Organiser) };

        var answer = await SendAsync(api, bodies);

        var numbers = answer.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("course").GetProperty("courseNo").GetString()!).ToList();
        var items = await _app.WithDbAsync(db => db.ReviewItems.AsNoTracking().Include(i => i.Course)
            .Where(i => numbers.Contains(i.Course!.CourseNo) && i.Kind == ReviewKind.Course && i.Outcome == null).ToListAsync());
        Assert.Equal(2, items.Count);
        // Submitted Wed 2026-11-25 in Taipei: 11-26, 11-27, 11-30.
        Assert.All(items, i => Assert.Equal(new DateOnly(2026, 11, 30), i.DueDate));
        Assert.All(items, i => Assert.Equal("63000", i.CentreCode));
        Assert.All(items, i => Assert.NotNull(i.CourseVersionId));
    }

    [Fact]
    public async Task EveryStoredCourseIsAuditedAsSubmittedByTheKey()
    {
        using var api = _app.CreateApiClient();
        var bodies = new[] { CourseBodies.Valid(Organiser), CourseBodies.Valid(Organiser) };

        var answer = await SendAsync(api, bodies);

        var numbers = answer.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("course").GetProperty("courseNo").GetString()!).ToList();
        var audited = await _app.WithDbAsync(db => db.AuditLog.AsNoTracking()
            .Where(a => a.Action == "CourseSubmitted" && numbers.Contains(a.EntityId)).Select(a => a.Actor).ToListAsync());
        Assert.Equal(2, audited.Count);
        Assert.All(audited, actor => Assert.StartsWith("api:", actor, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BatchesAndSinglePostsAtTheSameTimeGiveEveryCourseItsOwnNumber()
    {
        var batches = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 10).Select(_ => CourseBodies.Valid(Organiser)).ToArray()).ToArray();
        var singles = Enumerable.Range(0, 6).Select(_ => CourseBodies.Valid(Organiser)).ToArray();

        var batchAnswers = batches.Select(async bodies =>
        {
            using var api = _app.CreateApiClient();
            var answer = await SendAsync(api, bodies);
            return answer.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("course").GetProperty("courseNo").GetString()!).ToList();
        });
        var singleAnswers = singles.Select(async body =>
        {
            using var api = _app.CreateApiClient();
            var response = await api.PostAsJsonAsync("/api/v1/courses", body);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return new List<string> { (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("courseNo").GetString()! };
        });
        var numbers = (await Task.WhenAll(batchAnswers.Concat(singleAnswers))).SelectMany(n => n).ToList();

        Assert.Equal(36, numbers.Distinct().Count());
        Assert.Equal(36, await CountAsync([.. batches.SelectMany(b => b), .. singles]));
    }

    [Fact]
    public async Task TheBatchEndpointIsInTheOpenApiDocument()
    {
        using var client = _app.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/v1/courses/batch\"", document, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> SendAsync(HttpClient api, params Dictionary<string, object?>[] bodies)
    {
        var response = await SendRawAsync(api, bodies, key: null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static Task<HttpResponseMessage> SendRawAsync(HttpClient api, Dictionary<string, object?>[] bodies, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Batch) { Content = JsonContent.Create(new { courses = bodies }) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return api.SendAsync(request);
    }

    private Task<int> CountAsync(params Dictionary<string, object?>[] bodies)
    {
        var externalIds = bodies.Select(b => (string)b["externalId"]!).ToList();
        return _app.WithDbAsync(db => db.Courses.CountAsync(c => externalIds.Contains(c.ExternalId!)));
    }
}
