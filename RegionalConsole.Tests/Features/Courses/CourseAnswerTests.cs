using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;
using RegionalConsole.Tests.Features.Rosters;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Courses;

/// <summary>The course answer tells a partner where its course stands (SPEC §14.2), and finds it by the partner's own id.</summary>
public sealed class CourseAnswerTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await EnsureOrganiserAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<JsonElement> GetAsync(string courseNo)
    {
        using var api = app.CreateApiClient();
        return await api.GetFromJsonAsync<JsonElement>($"/api/v1/courses/{courseNo}");
    }

    [Fact]
    public async Task ASubmissionAnswersAnOpenReviewDeclaredTagsNoRosterAndNoCancellation()
    {
        using var api = app.CreateApiClient();
        var body = MixedBody();

        var answer = await (await api.PostAsJsonAsync("/api/v1/courses", body)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(body["externalId"], answer.GetProperty("externalId").GetString());
        Assert.Equal(Organiser, answer.GetProperty("organiserCode").GetString());
        Assert.Equal(0, answer.GetProperty("enrolled").GetInt32());
        var review = answer.GetProperty("review");
        Assert.Equal("Course", review.GetProperty("kind").GetString());
        Assert.Equal("Open", review.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, review.GetProperty("outcome").ValueKind);
        Assert.Equal("2026-11-30", review.GetProperty("dueDate").GetString());
        var tag = Assert.Single(answer.GetProperty("tags").EnumerateArray());
        Assert.Equal(("國際教育", "Declared"), (tag.GetProperty("name").GetString(), tag.GetProperty("state").GetString()));
        Assert.Equal("None", answer.GetProperty("roster").GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("cancellation").ValueKind);
    }

    [Fact]
    public async Task EachCourseOfABatchAnswersWhereItStands()
    {
        using var api = app.CreateApiClient();

        var response = await api.PostAsJsonAsync("/api/v1/courses/batch", new { courses = new[] { MixedBody(), MixedBody() } });

        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results");
        Assert.All(results.EnumerateArray(), r =>
        {
            Assert.Equal("Open", r.GetProperty("course").GetProperty("review").GetProperty("state").GetString());
            Assert.Equal(Organiser, r.GetProperty("course").GetProperty("organiserCode").GetString());
        });
    }

    [Fact]
    public async Task AReturnedCourseReadsBackTheDecisionWithItsReasonAndTime()
    {
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());
        await DecideAsync(app, "reviewer-63000-1", itemId, ReviewDecision.Return("請補正課程表。"));

        var review = (await GetAsync(courseNo)).GetProperty("review");

        Assert.Equal("Decided", review.GetProperty("state").GetString());
        Assert.Equal("Returned", review.GetProperty("outcome").GetString());
        Assert.Equal("請補正課程表。", review.GetProperty("reason").GetString());
        Assert.Equal("2026-11-25T10:00:00+08:00", review.GetProperty("decidedAt").GetString());
    }

    [Fact]
    public async Task AModificationAnswersTheNewOpenReview()
    {
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());
        await DecideAsync(app, "reviewer-63000-1", itemId, ReviewDecision.Return("請補正課程表。"));
        using var api = app.CreateApiClient();

        var answer = await (await api.PutJsonAsync($"/api/v1/courses/{courseNo}", MixedBody())).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Open", answer.GetProperty("review").GetProperty("state").GetString());
        Assert.Equal(Organiser, answer.GetProperty("organiserCode").GetString());
    }

    [Fact]
    public async Task AnApprovedRosterShowsItsAttendeesAndTheHoursIssued()
    {
        var courseNo = await RosterScenario.HeldCourseAsync(app, date: "2026-11-05");
        (await RosterScenario.PostRosterAsync(app, courseNo, RosterScenario.Roster((RosterScenario.Ids[0], 3), (RosterScenario.Ids[1], 2.5m))))
            .EnsureSuccessStatusCode();
        var rosterItem = await app.WithDbAsync(db => db.ReviewItems
            .Where(i => i.Course!.CourseNo == courseNo && i.Kind == ReviewKind.Roster).Select(i => i.Id).SingleAsync());
        await DecideAsync(app, RosterScenario.Reviewer, rosterItem, ReviewDecision.Approve());

        var answer = await GetAsync(courseNo);

        var roster = answer.GetProperty("roster");
        Assert.Equal("Approved", roster.GetProperty("state").GetString());
        Assert.Equal(2, roster.GetProperty("attendees").GetInt32());
        Assert.Equal(5.5m, roster.GetProperty("hoursIssued").GetDecimal());
        Assert.Equal("Decided", answer.GetProperty("review").GetProperty("state").GetString());
        Assert.Equal("Approved", answer.GetProperty("review").GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task ACancelledCourseShowsItsCancellationUnderReview()
    {
        var courseNo = await RosterScenario.HeldCourseAsync(app, date: "2026-12-12");
        using var api = app.CreateApiClient();
        (await api.PostAsJsonAsync($"/api/v1/courses/{courseNo}/cancellation", new { reasonCategory = "Venue", reason = "場地整修" })).EnsureSuccessStatusCode();

        var cancellation = (await GetAsync(courseNo)).GetProperty("cancellation");

        Assert.Equal("Venue", cancellation.GetProperty("reasonCategory").GetString());
        Assert.Equal("場地整修", cancellation.GetProperty("reason").GetString());
        Assert.Equal("Open", cancellation.GetProperty("state").GetString());
    }

    [Fact]
    public async Task ACourseIsFoundByThePartnersOwnId()
    {
        var body = MixedBody();
        var (courseNo, _) = await SubmitAsync(app, body);
        using var api = app.CreateApiClient();

        var found = await api.GetFromJsonAsync<JsonElement>($"/api/v1/courses?externalId={Uri.EscapeDataString((string)body["externalId"]!)}&organiserCode={Organiser}");

        Assert.Equal(courseNo, found.GetProperty("courseNo").GetString());
        Assert.Equal("Open", found.GetProperty("review").GetProperty("state").GetString());
    }

    [Fact]
    public async Task AnUnknownExternalIdIsNotFound()
    {
        using var api = app.CreateApiClient();

        var response = await api.GetAsync($"/api/v1/courses?externalId=NOPE-{Guid.NewGuid():N}&organiserCode={Organiser}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheLookupNeedsBothParameters()
    {
        using var api = app.CreateApiClient();

        await ApiAssertions.AssertValidationProblemAsync(await api.GetAsync("/api/v1/courses?externalId=X"), "organiserCode");
        await ApiAssertions.AssertValidationProblemAsync(await api.GetAsync($"/api/v1/courses?organiserCode={Organiser}"), "externalId");
    }

    [Fact]
    public async Task AKeyForAnotherCountyMayNotLookUpTheCourse()
    {
        var body = MixedBody();
        await SubmitAsync(app, body);
        using var admin = app.CreateApiClient();
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "新北查詢-" + Guid.NewGuid().ToString("N")[..6], countyCode = "65000" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        using var other = app.CreateApiClient(created.GetProperty("key").GetString());

        var response = await other.GetAsync($"/api/v1/courses?externalId={Uri.EscapeDataString((string)body["externalId"]!)}&organiserCode={Organiser}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentListsTheNewRoutes()
    {
        using var client = app.CreateClient();

        var paths = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/v1/courses/{courseNo}/enrolment", out var enrolment) && enrolment.TryGetProperty("put", out _));
        Assert.True(paths.TryGetProperty("/api/v1/courses", out var courses) && courses.TryGetProperty("get", out _));
    }
}
