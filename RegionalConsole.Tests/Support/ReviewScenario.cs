using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Auth;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Reviews;
using RegionalConsole.Tests.Features.Courses;

namespace RegionalConsole.Tests.Support;

/// <summary>
/// Courses submitted through the API as a partner system would, then reviewed through the app's own services, as the
/// review screen does it.
/// </summary>
internal static class ReviewScenario
{
    /// <summary>A Taipei municipal school: its courses go to centre 63000.</summary>
    public const string Organiser = "T63R01";

    public static async Task EnsureOrganiserAsync(ConsoleAppFactory app, string code = Organiser)
    {
        using var api = app.CreateApiClient();
        var response = await api.PutAsJsonAsync($"/api/v1/institutions/{code}",
            new { name = "臺北市立審核測試國民小學", type = "MunicipalSchool", countyCode = "63000" });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A course whose second segment mixes an opening with a lecture (「開幕式暨專題演講」): the reviewer judges it. Titles
    /// differ by default: the same title twice from one organiser is a series without session markers (an error).
    /// </summary>
    public static Dictionary<string, object?> MixedBody(string? title = null, decimal declaredHours = 3, string date = "2026-12-01") =>
        CourseBodies.Valid(Organiser, title: title ?? $"【國際教育】跨文化課程設計工作坊：{Guid.NewGuid().ToString("N")[..8]}")
            .With("startDate", date).With("endDate", date)
            .With("declaredHours", declaredHours)
            .With("schedule", new object[]
            {
                new { date, start = "08:30", end = "09:00", activity = "報到" },
                new { date, start = "09:00", end = "10:30", activity = "開幕式暨專題演講" },
                new { date, start = "10:30", end = "12:00", activity = "專題演講：國際教育2.0" },
            });

    /// <summary>Submits a course; answers its number and its open review item.</summary>
    public static async Task<(string CourseNo, int ItemId)> SubmitAsync(ConsoleAppFactory app, Dictionary<string, object?> body)
    {
        using var api = app.CreateApiClient();
        var response = await api.PostAsJsonAsync("/api/v1/courses", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var courseNo = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("courseNo").GetString()!;
        return (courseNo, await OpenItemAsync(app, courseNo));
    }

    /// <summary>Sends a new version of a course; answers the open review item that carries it.</summary>
    public static async Task<int> ModifyAsync(ConsoleAppFactory app, string courseNo, Dictionary<string, object?> body)
    {
        using var api = app.CreateApiClient();
        var response = await api.PutJsonAsync($"/api/v1/courses/{courseNo}", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await OpenItemAsync(app, courseNo);
    }

    public static Task<int> OpenItemAsync(ConsoleAppFactory app, string courseNo) =>
        app.WithDbAsync(db => db.ReviewItems.Where(i => i.Course!.CourseNo == courseNo && i.Outcome == null).Select(i => i.Id).SingleAsync());

    /// <summary>The signed-in person the app would make of a seeded account.</summary>
    public static Task<ConsoleUser> UserAsync(ConsoleAppFactory app, string userName) =>
        app.WithDbAsync(async db =>
        {
            var a = await db.Accounts.AsNoTracking().SingleAsync(a => a.UserName == userName);
            return new ConsoleUser(a.Id, a.UserName, a.DisplayName, new AccessScope(a.Role, a.CentreCode, a.SupervisorScope));
        });

    public static async Task<DecisionResult> DecideAsync(ConsoleAppFactory app, string userName, int itemId, ReviewDecision decision, int? seenVersionId = null)
    {
        var user = await UserAsync(app, userName);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DecisionService>().DecideAsync(user, itemId, decision, seenVersionId);
    }

    public static async Task<ReviewLoad> LoadAsync(ConsoleAppFactory app, string userName, int itemId)
    {
        var user = await UserAsync(app, userName);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReviewReadService>().LoadAsync(user, itemId);
    }
}
