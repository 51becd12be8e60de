using System.Net.Http.Json;
using RegionalConsole.Domain.Review;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Rosters;

/// <summary>Courses that were approved and held, so a roster may follow; teachers synced as the county systems do.</summary>
internal static class RosterScenario
{
    public const string Reviewer = "reviewer-63000-1";

    /// <summary>Valid national IDs (check digit right), free for tests.</summary>
    public static readonly string[] Ids = ["B123456780", "C123456781", "D123456782", "E123456783", "F223456786", "G123456785", "H123456786", "J123456787", "K123456788"];

    /// <summary>
    /// A course of centre 63000 held on <paramref name="date"/> 09:00–12:00 (three creditable hours, 報到 before it),
    /// approved by a reviewer; answers its number.
    /// </summary>
    public static async Task<string> HeldCourseAsync(ConsoleAppFactory app, string date = "2026-11-20", decimal declaredHours = 3, string? title = null,
        object? contact = null)
    {
        await ReviewScenario.EnsureOrganiserAsync(app);
        var body = CourseBodies.Valid(ReviewScenario.Organiser, title: title ?? $"【國際教育】跨文化課程設計工作坊：{Guid.NewGuid().ToString("N")[..8]}")
            .With("startDate", date).With("endDate", date).With("declaredHours", declaredHours)
            .With("schedule", new object[]
            {
                new { date, start = "08:30", end = "09:00", activity = "報到" },
                new { date, start = "09:00", end = "12:00", activity = "專題演講：國際教育2.0" },
            })
            .With("contact", contact);
        var (courseNo, itemId) = await ReviewScenario.SubmitAsync(app, body);
        var result = await ReviewScenario.DecideAsync(app, Reviewer, itemId, ReviewDecision.Approve(overrideReason: "測試用：已確認。"));
        Assert.True(result.Succeeded, result.Status.ToString());
        return courseNo;
    }

    public static async Task SyncTeacherAsync(ConsoleAppFactory app, string nationalId, string name, string? school)
    {
        using var api = app.CreateApiClient();
        var response = await api.PutAsJsonAsync($"/api/v1/teachers/{nationalId}", new { name, servingInstitutionCode = school });
        response.EnsureSuccessStatusCode();
    }

    public static object Roster(params (string Id, decimal Hours)[] attendees) =>
        new { attendees = attendees.Select(a => new { nationalId = a.Id, hours = a.Hours }).ToArray() };

    public static async Task<HttpResponseMessage> PostRosterAsync(ConsoleAppFactory app, string courseNo, object body, string? idempotencyKey = null)
    {
        using var api = app.CreateApiClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/courses/{courseNo}/roster") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await api.SendAsync(request);
    }
}
