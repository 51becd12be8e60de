using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Courses;

/// <summary>
/// A postponement is a modification (SPEC §13.2): new dates or schedule of an approved course with enrolled teachers need
/// the reason and notice of a cancellation, or nothing changes; with them the course keeps its number and is reviewed again.
/// </summary>
public sealed class PostponementTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private static object Change(int recipients = 28) => new
    {
        reasonCategory = "Disaster",
        reason = "颱風停止上班，延期一週辦理。",
        notification = new { channel = "Email", sentAt = "2026-11-24T09:00:00+08:00", recipients },
    };

    /// <summary>An approved course on 2026-12-10 with 28 teachers enrolled; answers its number and the body it was sent with.</summary>
    private async Task<(string CourseNo, Dictionary<string, object?> Body)> ApprovedWithEnrolmentAsync(int enrolled = 28)
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        var body = ReviewScenario.MixedBody(date: "2026-12-10");
        var (courseNo, itemId) = await ReviewScenario.SubmitAsync(app, body);
        Assert.True((await ReviewScenario.DecideAsync(app, "reviewer-63000-1", itemId, ReviewDecision.Approve("測試用：已確認。"))).Succeeded);
        await app.WithDbAsync(db => db.Courses.Where(c => c.CourseNo == courseNo).ExecuteUpdateAsync(s => s.SetProperty(c => c.EnrolledCount, enrolled)));
        return (courseNo, body);
    }

    private static Dictionary<string, object?> MovedTo(Dictionary<string, object?> body, string date) =>
        new Dictionary<string, object?>(body).With("startDate", date).With("endDate", date).With("schedule", new object[]
        {
            new { date, start = "08:30", end = "09:00", activity = "報到" },
            new { date, start = "09:00", end = "10:30", activity = "開幕式暨專題演講" },
            new { date, start = "10:30", end = "12:00", activity = "專題演講：國際教育2.0" },
        });

    private async Task<HttpResponseMessage> PutAsync(string courseNo, Dictionary<string, object?> body)
    {
        using var api = app.CreateApiClient();
        return await api.PutAsJsonAsync($"/api/v1/courses/{courseNo}", body);
    }

    private Task<Course> CourseAsync(string courseNo) => app.WithDbAsync(db => db.Courses.AsNoTracking().SingleAsync(c => c.CourseNo == courseNo));

    [Fact]
    public async Task NewDatesWithoutAChangeAreAConflictListingWhatIsMissingAndNothingChanges()
    {
        var (courseNo, body) = await ApprovedWithEnrolmentAsync();

        var response = await PutAsync(courseNo, MovedTo(body, "2026-12-17"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("change.notification", problem.GetProperty("missing")[0].GetString(), StringComparison.Ordinal);
        var course = await CourseAsync(courseNo);
        Assert.Equal((CourseStatus.Approved, 1, new DateOnly(2026, 12, 10)), (course.Status, course.CurrentVersionNo, course.StartDate));
        Assert.False(await app.WithDbAsync(db => db.ReviewItems.AnyAsync(i => i.CourseId == course.Id && i.Outcome == null)));
    }

    [Fact]
    public async Task NoticeToFewerTeachersThanEnrolledIsAConflictToo()
    {
        var (courseNo, body) = await ApprovedWithEnrolmentAsync();

        var response = await PutAsync(courseNo, MovedTo(body, "2026-12-17").With("change", Change(recipients: 10)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(1, (await CourseAsync(courseNo)).CurrentVersionNo);
    }

    [Fact]
    public async Task ANewScheduleOnTheSameDayIsAPostponementToo()
    {
        var (courseNo, body) = await ApprovedWithEnrolmentAsync();
        var afternoon = new Dictionary<string, object?>(body).With("schedule", new object[]
        {
            new { date = "2026-12-10", start = "13:00", end = "13:30", activity = "報到" },
            new { date = "2026-12-10", start = "13:30", end = "15:00", activity = "開幕式暨專題演講" },
            new { date = "2026-12-10", start = "15:00", end = "16:30", activity = "專題演講：國際教育2.0" },
        });

        Assert.Equal(HttpStatusCode.Conflict, (await PutAsync(courseNo, afternoon)).StatusCode);
    }

    [Fact]
    public async Task WithReasonAndNoticeTheCourseKeepsItsNumberAndGoesBackToReviewAsANewSubmission()
    {
        var (courseNo, body) = await ApprovedWithEnrolmentAsync();

        var response = await PutAsync(courseNo, MovedTo(body, "2026-12-17").With("change", Change()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var course = await CourseAsync(courseNo);
        Assert.Equal((CourseStatus.PendingReview, 2, new DateOnly(2026, 12, 17)), (course.Status, course.CurrentVersionNo, course.StartDate));
        var items = await app.WithDbAsync(db => db.ReviewItems.AsNoTracking().Where(i => i.CourseId == course.Id).OrderBy(i => i.Id).ToListAsync());
        Assert.Equal([ReviewOutcome.Approved, null], items.Select(i => i.Outcome));
        Assert.Equal(new DateOnly(2026, 11, 30), items[1].DueDate);
        Assert.False(await app.WithDbAsync(db => db.Cancellations.AnyAsync(c => c.CourseId == course.Id)));
    }

    [Fact]
    public async Task ThePostponementIsAuditedWithItsReasonAndNotice()
    {
        var (courseNo, body) = await ApprovedWithEnrolmentAsync();

        await PutAsync(courseNo, MovedTo(body, "2026-12-17").With("change", Change()));

        var entry = await app.WithDbAsync(db => db.AuditLog.AsNoTracking().SingleAsync(a => a.EntityId == courseNo && a.Action == "CoursePostponed"));
        Assert.Equal("颱風停止上班，延期一週辦理。", entry.Reason);
        Assert.Contains("\"Recipients\":28", entry.After, StringComparison.Ordinal);
        Assert.Contains("Disaster", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewTitleOfAnApprovedCourseNeedsNoNotice()
    {
        var (courseNo, body) = await ApprovedWithEnrolmentAsync();

        var response = await PutAsync(courseNo, new Dictionary<string, object?>(body).With("title", $"【國際教育】跨文化課程設計工作坊修訂：{Guid.NewGuid():N}"[..40]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnUnreadableChangeNamesItsFields()
    {
        var (courseNo, body) = await ApprovedWithEnrolmentAsync();

        var response = await PutAsync(courseNo, MovedTo(body, "2026-12-17").With("change", new { reasonCategory = "Flood", reason = " " }));

        await ApiAssertions.AssertValidationProblemAsync(response, "change.reasonCategory", "change.reason");
    }
}
