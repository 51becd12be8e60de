using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Features.Rosters.RosterScenario;

namespace RegionalConsole.Tests.Features.Rosters;

/// <summary>The pages of this area as a signed-in browser receives them (prerendered).</summary>
public sealed class RosterPagesTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
        var signIn = await client.GetAsync($"/dev-signin?as={userName}");
        Assert.True(signIn.IsSuccessStatusCode || signIn.StatusCode == HttpStatusCode.Redirect, signIn.StatusCode.ToString());
        return client;
    }

    [Fact]
    public async Task ARosterItemShowsTheAttendeeWithoutSchoolMaskedWithTheWarning()
    {
        await SyncTeacherAsync(app, Ids[0], "陳無校", school: null);
        var courseNo = await HeldCourseAsync(app, date: "2026-11-18");
        (await PostRosterAsync(app, courseNo, Roster((Ids[0], 3)))).EnsureSuccessStatusCode();
        var itemId = await app.WithDbAsync(db => db.ReviewItems.Where(i => i.Course!.CourseNo == courseNo && i.Kind == ReviewKind.Roster).Select(i => i.Id).SingleAsync());
        using var client = await SignedInAsync(Reviewer);

        var html = await client.GetStringAsync($"/reviews/{itemId}");

        Assert.Contains("data-testid=\"roster-attendees\"", html, StringComparison.Ordinal);
        Assert.Contains("陳無校", html, StringComparison.Ordinal);
        Assert.Contains("無服務學校", html, StringComparison.Ordinal);
        Assert.Contains("ROSTER_NO_SERVING_SCHOOL", html, StringComparison.Ordinal);
        Assert.Contains("B12****780", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Ids[0], html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACancellationItemShowsTheReasonAndNoticeWithoutRejecting()
    {
        var courseNo = await HeldCourseAsync(app, date: "2026-12-20");
        using var api = app.CreateApiClient();
        (await api.PostAsJsonAsync($"/api/v1/courses/{courseNo}/cancellation", new
        {
            reasonCategory = "Disaster",
            reason = "颱風停班停課，延期辦理。",
            notification = new { channel = "Email", sentAt = "2026-11-24T09:00", recipients = 0 },
        })).EnsureSuccessStatusCode();
        var itemId = await ReviewScenario.OpenItemAsync(app, courseNo);
        using var client = await SignedInAsync(Reviewer);

        var html = await client.GetStringAsync($"/reviews/{itemId}");

        Assert.Contains("颱風停班停課，延期辦理。", html, StringComparison.Ordinal);
        Assert.Contains("天然災害", html, StringComparison.Ordinal);
        Assert.Contains("以電子郵件通知", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"approve\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"reject\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCancellationRegisterPageListsTheDemoCancellations()
    {
        using var client = await SignedInAsync("admin");

        var html = await client.GetStringAsync("/cancellations");

        Assert.Contains("data-testid=\"cancellations\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"cancellation-filters\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRulingsPageShowsTheFirstAidRulingToReviewersWithoutTheForm()
    {
        using var client = await SignedInAsync(Reviewer);

        var html = await client.GetStringAsync("/rulings");

        Assert.Contains("急救人員安全衛生教育訓練(16小時)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"ruling-form\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SupervisorsGetTheFormFixedToTheirCounty()
    {
        using var client = await SignedInAsync("supervisor-63000");

        var html = await client.GetStringAsync("/rulings");

        Assert.Contains("data-testid=\"ruling-form\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"ruling-county-fixed\"", html, StringComparison.Ordinal);
    }
}
