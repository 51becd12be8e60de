using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Tests.Features.Rosters;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Cancellations;

public sealed class CancellationApiTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private static object Notified(int recipients = 28) => new
    {
        reasonCategory = "Epidemic",
        reason = "疫情升溫，停辦實體研習。",
        notification = new { channel = "Email", sentAt = "2026-11-24T09:00:00+08:00", recipients },
    };

    private async Task<string> CourseWithEnrolmentAsync(int enrolled)
    {
        var courseNo = await RosterScenario.HeldCourseAsync(app, date: "2026-12-10");
        await app.WithDbAsync(db => db.Courses.Where(c => c.CourseNo == courseNo).ExecuteUpdateAsync(s => s.SetProperty(c => c.EnrolledCount, enrolled)));
        return courseNo;
    }

    private async Task<HttpResponseMessage> CancelAsync(string courseNo, object body, string? idempotencyKey = null, HttpClient? client = null)
    {
        using var own = client is null ? app.CreateApiClient() : null;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/courses/{courseNo}/cancellation") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await (client ?? own!).SendAsync(request);
    }

    private Task<Course> CourseAsync(string courseNo) => app.WithDbAsync(db => db.Courses.AsNoTracking().SingleAsync(c => c.CourseNo == courseNo));

    [Fact]
    public async Task ANotifiedCancellationCancelsTheCourseAndOpensACancellationItem()
    {
        var courseNo = await CourseWithEnrolmentAsync(28);

        var response = await CancelAsync(courseNo, Notified());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(CourseStatus.Cancelled, (await CourseAsync(courseNo)).Status);
        var item = await app.WithDbAsync(db => db.ReviewItems.SingleAsync(i => i.Course!.CourseNo == courseNo && i.Kind == ReviewKind.Cancellation));
        Assert.Equal("63000", item.CentreCode);
        Assert.Equal(new DateOnly(2026, 11, 30), item.DueDate);
        var stored = await app.WithDbAsync(db => db.Cancellations.SingleAsync(c => c.Id == item.CancellationId));
        Assert.Equal("Epidemic", stored.ReasonCategory);
        Assert.Equal("Email", stored.NotificationChannel);
        Assert.Equal(28, stored.Recipients);
        Assert.Equal(new DateTime(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc), stored.NotifiedAt);
    }

    [Fact]
    public async Task EnrolledTeachersWithoutNoticeIsAConflictSayingWhatIsMissingAndNothingChanges()
    {
        var courseNo = await CourseWithEnrolmentAsync(28);

        var response = await CancelAsync(courseNo, new { reasonCategory = "LowEnrolment", reason = "人數不足" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("notification", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(CourseStatus.Approved, (await CourseAsync(courseNo)).Status);
        Assert.False(await app.WithDbAsync(db => db.Cancellations.AnyAsync(c => c.Course!.CourseNo == courseNo)));
    }

    [Fact]
    public async Task NoticeToFewerTeachersThanEnrolledIsAConflict()
    {
        var courseNo = await CourseWithEnrolmentAsync(28);

        var response = await CancelAsync(courseNo, Notified(recipients: 10));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task ACourseNobodyEnrolledInIsCancelledWithoutNotice()
    {
        var courseNo = await CourseWithEnrolmentAsync(0);

        var response = await CancelAsync(courseNo, new { reasonCategory = "Venue", reason = "場地整修" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ACancelledCourseCannotBeCancelledAgain()
    {
        var courseNo = await CourseWithEnrolmentAsync(28);
        await CancelAsync(courseNo, Notified());

        var response = await CancelAsync(courseNo, Notified());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Cancellations.CountAsync(c => c.Course!.CourseNo == courseNo)));
    }

    [Fact]
    public async Task CategoryAndReasonAreRequired()
    {
        var courseNo = await CourseWithEnrolmentAsync(0);

        var response = await CancelAsync(courseNo, new { reasonCategory = "Flood", reason = " " });

        await ApiAssertions.AssertValidationProblemAsync(response, "reasonCategory", "reason");
        Assert.Equal(CourseStatus.Approved, (await CourseAsync(courseNo)).Status);
    }

    [Fact]
    public async Task AnUnknownCourseIsNotFound()
    {
        var response = await CancelAsync("1159999999", Notified());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AKeyForAnotherCountyIsForbidden()
    {
        var courseNo = await CourseWithEnrolmentAsync(28);
        using var admin = app.CreateApiClient();
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "新北系統-" + Guid.NewGuid().ToString("N")[..6], countyCode = "65000" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        using var other = app.CreateApiClient(created.GetProperty("key").GetString());

        var response = await CancelAsync(courseNo, Notified(), client: other);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(CourseStatus.Approved, (await CourseAsync(courseNo)).Status);
    }

    [Fact]
    public async Task TheSameRequestTwiceWithAnIdempotencyKeyAnswersTheFirstAnswer()
    {
        var courseNo = await CourseWithEnrolmentAsync(28);
        var key = Guid.NewGuid().ToString();

        var first = await CancelAsync(courseNo, Notified(), key);
        var second = await CancelAsync(courseNo, Notified(), key);

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.ReviewItems.CountAsync(i => i.Course!.CourseNo == courseNo && i.Kind == ReviewKind.Cancellation)));
    }

    [Fact]
    public async Task TheCancellationIsAudited()
    {
        var courseNo = await CourseWithEnrolmentAsync(28);

        await CancelAsync(courseNo, Notified());

        var entry = await app.WithDbAsync(db => db.AuditLog.SingleAsync(a => a.EntityId == courseNo && a.Action == "CourseCancelled"));
        Assert.Equal("api:bootstrap", entry.Actor);
        Assert.Equal("疫情升溫，停辦實體研習。", entry.Reason);
    }
}
