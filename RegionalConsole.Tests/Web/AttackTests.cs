using System.Net;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Web;

/// <summary>
/// Attacks that once worked against the console (an outsider's and each role's), so a regression shows up by name. The
/// authorization matrix covers who may reach what; these cover what a reachable request may do. Where an attack's guard
/// is tested beside its feature, the row names that test:
/// <list type="number">
/// <item>A disabled account keeps working on its old cookie — <see cref="ADisabledAccountsOldCookieDownloadsNothing"/>;
/// open pages: Features/Accounts/AccountRevalidationTests.</item>
/// <item>A far date takes a queue down — Web/InputBoundsApiTests (refused), Web/OddStoredValues (stored ones render).</item>
/// <item>A masked national ID recovered by trying fillings — Features/Teachers/TeacherRecordTests
/// (AReviewerCannotLookATeacherUpByNationalIdOrAMaskedOne, EverySearchAndRecordViewIsAuditedWithTheIdMasked).</item>
/// <item>Open redirect after sign-in — <see cref="ASignInLinkWithTabsOrLineBreaksDoesNotLeaveTheSite"/>.</item>
/// <item>Unbounded text — Web/InputBoundsApiTests; the review page of an overlong stored outline — Web/OddStoredValues.</item>
/// <item>Guessing API keys — <see cref="GuessingApiKeysIsStoppedAfterABurstEvenForTheRightKey"/>; a short bootstrap key —
/// Web/StartupConfigurationTests.</item>
/// <item>Formulas in the preschool exchange CSV — Domain/PreschoolExchange/ExchangeFileTests.</item>
/// <item>An overlong Idempotency-Key — <see cref="AnOverlongIdempotencyKeyIsRefusedNamingTheHeaderAndNothingIsStored"/>;
/// a contact address with CRLF — Domain/EmailAddressTests and Features/Sync/InstitutionContactTests; NUL — Web/InputBoundsApiTests.</item>
/// </list>
/// </summary>
public sealed class AttackTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task ADisabledAccountsOldCookieDownloadsNothing()
    {
        var userName = "attack-disabled-" + Guid.NewGuid().ToString("N")[..6];
        await app.WithDbAsync(async db =>
        {
            db.Accounts.Add(new RegionalConsole.Data.Entities.Account
            {
                UserName = userName,
                DisplayName = "停用測試",
                Email = userName + "@example.edu.tw",
                Role = RegionalConsole.Domain.ConsoleRole.Reviewer,
                CentreCode = "63000",
            });
            return await db.SaveChangesAsync();
        });
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await client.GetAsync($"/dev-signin?as={userName}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/exports/queues/course.xlsx")).StatusCode);

        await app.WithDbAsync(async db =>
        {
            (await db.Accounts.SingleAsync(a => a.UserName == userName)).Enabled = false;
            return await db.SaveChangesAsync();
        });
        var afterwards = await client.GetAsync("/exports/queues/course.xlsx");

        Assert.NotEqual(HttpStatusCode.OK, afterwards.StatusCode);
        Assert.Equal("/authentication/login", afterwards.Headers.Location?.AbsolutePath);
    }

    [Theory]
    [InlineData("/authentication/login?returnUrl=/%09/127.0.0.1:5399/phish")]
    [InlineData("/authentication/login?returnUrl=/%0d%0a/evil.example")]
    [InlineData("/authentication/login?returnUrl=%09//evil.example")]
    public async Task ASignInLinkWithTabsOrLineBreaksDoesNotLeaveTheSite(string link)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dev-signin?returnUrl=%2F", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheLanguageSwitchWithATabInItsReturnAddressGoesHomeInsteadOfFailing()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture?culture=en&returnUrl=/%09/evil.example");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnOverlongIdempotencyKeyIsRefusedNamingTheHeaderAndNothingIsStored()
    {
        using var client = app.CreateApiClient();
        client.DefaultRequestHeaders.Add("Idempotency-Key", new string('k', 201));
        var before = await app.WithDbAsync(db => db.Institutions.CountAsync());

        var response = await client.PutJsonAsync("/api/v1/institutions/ATK201", new { name = "攻擊測試國小", type = "MunicipalSchool", countyCode = "63000" });
        var again = await client.PutJsonAsync("/api/v1/courses/1150000001", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Idempotency-Key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.Institutions.CountAsync()));
    }

    [Fact]
    public async Task GuessingApiKeysIsStoppedAfterABurstEvenForTheRightKey()
    {
        using var limitedApp = new ConsoleAppFactory(kestrel: false, settings: new Dictionary<string, string?> { ["Api:FailedKeyAttemptsPerMinute"] = "5" });
        var statuses = new List<HttpStatusCode>();
        for (var guess = 0; guess < 8; guess++)
        {
            using var guesser = limitedApp.CreateApiClient($"sec-admin-key-{guess}");
            statuses.Add((await guesser.GetAsync("/api/v1/calendar/review-due?submittedAt=2026-11-25T10:00:00%2B08:00&centre=63000")).StatusCode);
        }

        using var rightKey = limitedApp.CreateApiClient();
        var limited = await rightKey.GetAsync("/api/v1/calendar/review-due?submittedAt=2026-11-25T10:00:00%2B08:00&centre=63000");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), statuses.Take(5));
        Assert.All(statuses.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), limited.Headers.RetryAfter?.Delta);
    }
}
