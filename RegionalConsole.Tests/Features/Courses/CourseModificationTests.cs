using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Review;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Courses;

/// <summary>PUT /api/v1/courses/{courseNo}: 審核完畢後修改課程視同新增課程 (管理規定第11條第8款).</summary>
public sealed class CourseModificationTests : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    private const string Organiser = "T63001";
    private readonly ConsoleAppFactory _app;

    public CourseModificationTests(ConsoleAppFactory app) => _app = app;

    public async ValueTask InitializeAsync()
    {
        using var api = _app.CreateApiClient();
        await api.PutJsonAsync($"/api/v1/institutions/{Organiser}", new { name = "臺北市立測試國民小學", type = "MunicipalSchool", countyCode = "63000" });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task ModifyingWhilePendingKeepsTheItemAndItsClock()
    {
        using var api = _app.CreateApiClient();
        var body = CourseBodies.Valid(Organiser);
        var courseNo = (await (await api.PostAsJsonAsync("/api/v1/courses", body)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("courseNo").GetString();

        var response = await api.PutAsJsonAsync($"/api/v1/courses/{courseNo}", body.With("title", "【國際教育】跨文化課程設計工作坊（第1場）修訂"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = await _app.WithDbAsync(db => db.ReviewItems.Where(i => i.Course!.CourseNo == courseNo).ToListAsync());
        var item = Assert.Single(items);
        Assert.Equal(new DateOnly(2026, 11, 30), item.DueDate);
        Assert.EndsWith("修訂", item.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModifyingAfterADecisionIsANewSubmissionWithANewClock()
    {
        // Its own host: the test moves the clock.
        await using var app = new ConsoleAppFactory();
        using var api = app.CreateApiClient();
        await api.PutJsonAsync($"/api/v1/institutions/{Organiser}", new { name = "臺北市立測試國民小學", type = "MunicipalSchool", countyCode = "63000" });
        var body = CourseBodies.Valid(Organiser);
        var courseNo = (await (await api.PostAsJsonAsync("/api/v1/courses", body)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("courseNo").GetString();
        await app.WithDbAsync(async db =>
        {
            var item = await db.ReviewItems.Include(i => i.Course).SingleAsync(i => i.Course!.CourseNo == courseNo);
            item.Outcome = ReviewOutcome.Approved;
            item.Course!.Status = CourseStatus.Approved;
            return await db.SaveChangesAsync();
        });
        app.Clock.Advance(TimeSpan.FromDays(2)); // Friday 2026-11-27

        var answer = await (await api.PutAsJsonAsync($"/api/v1/courses/{courseNo}", body)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("PendingReview", answer.GetProperty("status").GetString());
        Assert.Equal("2026-12-02", answer.GetProperty("reviewDueDate").GetString());
        var items = await app.WithDbAsync(db => db.ReviewItems.Where(i => i.Course!.CourseNo == courseNo).OrderBy(i => i.Id).ToListAsync());
        Assert.Equal(2, items.Count);
        Assert.Equal(ReviewOutcome.Approved, items[0].Outcome);
        Assert.Null(items[1].Outcome);
    }
}
