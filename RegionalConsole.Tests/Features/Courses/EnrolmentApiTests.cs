using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Tests.Features.Rosters;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Courses;

/// <summary>PUT /api/v1/courses/{courseNo}/enrolment (SPEC §13.2): the figure the cancellation rule of §5.5 uses.</summary>
public sealed class EnrolmentApiTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private static readonly string[] Ids = RosterScenario.Ids;

    private async Task<HttpResponseMessage> ReportAsync(string courseNo, object body, string? idempotencyKey = null, HttpClient? client = null)
    {
        using var own = client is null ? app.CreateApiClient() : null;
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/courses/{courseNo}/enrolment") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await (client ?? own!).SendAsync(request);
    }

    private Task<string> ApprovedCourseAsync() => RosterScenario.HeldCourseAsync(app, date: "2026-12-10");

    private Task<Course> CourseAsync(string courseNo) => app.WithDbAsync(db => db.Courses.AsNoTracking().SingleAsync(c => c.CourseNo == courseNo));

    private Task<List<string>> ListAsync(string courseNo) => app.WithDbAsync(db => db.EnrolledTeachers
        .Where(t => db.Courses.Any(c => c.Id == t.CourseId && c.CourseNo == courseNo)).Select(t => t.NationalId).OrderBy(t => t).ToListAsync());

    [Fact]
    public async Task ACountIsRecordedAndTheAnswerIsTheCourseAnswer()
    {
        var courseNo = await ApprovedCourseAsync();

        var response = await ReportAsync(courseNo, new { enrolled = 28 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(courseNo, answer.GetProperty("courseNo").GetString());
        Assert.Equal(28, answer.GetProperty("enrolled").GetInt32());
        Assert.Equal("Approved", answer.GetProperty("status").GetString());
        Assert.Equal(28, (await CourseAsync(courseNo)).EnrolledCount);
    }

    [Fact]
    public async Task TheTeachersListIsStoredAndItsNumberIsTheCount()
    {
        var courseNo = await ApprovedCourseAsync();

        var response = await ReportAsync(courseNo, new { teachers = new[] { Ids[1], Ids[0] } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await CourseAsync(courseNo)).EnrolledCount);
        Assert.Equal([Ids[0], Ids[1]], await ListAsync(courseNo));
    }

    [Fact]
    public async Task ALaterListReplacesTheEarlierOne()
    {
        var courseNo = await ApprovedCourseAsync();
        await ReportAsync(courseNo, new { teachers = new[] { Ids[0], Ids[1] } });

        await ReportAsync(courseNo, new { enrolled = 3, teachers = new[] { Ids[2], Ids[3], Ids[4] } });

        Assert.Equal([Ids[2], Ids[3], Ids[4]], await ListAsync(courseNo));
        Assert.Equal(3, (await CourseAsync(courseNo)).EnrolledCount);
    }

    [Fact]
    public async Task ACountThatDisagreesWithTheListIsRefusedAndNothingChanges()
    {
        var courseNo = await ApprovedCourseAsync();
        await ReportAsync(courseNo, new { enrolled = 5 });

        var response = await ReportAsync(courseNo, new { enrolled = 3, teachers = new[] { Ids[0], Ids[1] } });

        await ApiAssertions.AssertValidationProblemAsync(response, "enrolled");
        Assert.Equal(5, (await CourseAsync(courseNo)).EnrolledCount);
        Assert.Empty(await ListAsync(courseNo));
    }

    [Fact]
    public async Task ABadOrRepeatedNationalIdIsNamed()
    {
        var courseNo = await ApprovedCourseAsync();

        var response = await ReportAsync(courseNo, new { teachers = new[] { Ids[0], "A123456788", Ids[0] } });

        await ApiAssertions.AssertValidationProblemAsync(response, "teachers[1]", "teachers[2]");
    }

    [Fact]
    public async Task ANegativeCountIsRefused()
    {
        var courseNo = await ApprovedCourseAsync();

        await ApiAssertions.AssertValidationProblemAsync(await ReportAsync(courseNo, new { enrolled = -1 }), "enrolled");
    }

    [Fact]
    public async Task ACourseStillUnderReviewTakesNoEnrolment()
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        var (courseNo, _) = await ReviewScenario.SubmitAsync(app, ReviewScenario.MixedBody());

        var response = await ReportAsync(courseNo, new { enrolled = 28 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0, (await CourseAsync(courseNo)).EnrolledCount);
    }

    [Fact]
    public async Task AnUnknownCourseIsNotFound() =>
        Assert.Equal(HttpStatusCode.NotFound, (await ReportAsync("1159999999", new { enrolled = 1 })).StatusCode);

    [Fact]
    public async Task AKeyForAnotherCountyIsForbidden()
    {
        var courseNo = await ApprovedCourseAsync();
        using var other = await OtherCountyClientAsync();

        var response = await ReportAsync(courseNo, new { enrolled = 28 }, client: other);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, (await CourseAsync(courseNo)).EnrolledCount);
    }

    [Fact]
    public async Task TheReportIsAuditedWithTheCountBeforeAndAfter()
    {
        var courseNo = await ApprovedCourseAsync();
        await ReportAsync(courseNo, new { enrolled = 20 });

        await ReportAsync(courseNo, new { enrolled = 28 });

        var entry = await app.WithDbAsync(db => db.AuditLog.Where(a => a.EntityId == courseNo && a.Action == "EnrolmentReported")
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal("api:bootstrap", entry.Actor);
        Assert.Contains("20", entry.Before, StringComparison.Ordinal);
        Assert.Contains("28", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameRequestTwiceWithAnIdempotencyKeyAnswersTheFirstAnswerAndStoresOnce()
    {
        var courseNo = await ApprovedCourseAsync();
        var key = Guid.NewGuid().ToString();

        var first = await ReportAsync(courseNo, new { enrolled = 28 }, key);
        var second = await ReportAsync(courseNo, new { enrolled = 28 }, key);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.EntityId == courseNo && a.Action == "EnrolmentReported")));
    }

    [Fact]
    public async Task OnceEnrolmentIsReportedACancellationWithoutNoticeIsRefused()
    {
        var courseNo = await ApprovedCourseAsync();
        (await ReportAsync(courseNo, new { enrolled = 28 })).EnsureSuccessStatusCode();
        using var api = app.CreateApiClient();

        var response = await api.PostAsJsonAsync($"/api/v1/courses/{courseNo}/cancellation", new { reasonCategory = "LowEnrolment", reason = "人數不足" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(CourseStatus.Approved, (await CourseAsync(courseNo)).Status);
        var accepted = await api.PostAsJsonAsync($"/api/v1/courses/{courseNo}/cancellation", new
        {
            reasonCategory = "LowEnrolment",
            reason = "人數不足",
            notification = new { channel = "Email", sentAt = "2026-11-24T09:00:00+08:00", recipients = 28 },
        });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var cancellation = await app.WithDbAsync(db => db.Cancellations.SingleAsync(c => c.Course!.CourseNo == courseNo));
        Assert.Equal(28, cancellation.EnrolledCount);
    }

    private async Task<HttpClient> OtherCountyClientAsync()
    {
        using var admin = app.CreateApiClient();
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "新北系統-" + Guid.NewGuid().ToString("N")[..6], countyCode = "65000" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        return app.CreateApiClient(created.GetProperty("key").GetString());
    }
}
