using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Reviews;

/// <summary>The review screen's stable addresses (SPEC §6), as served to a signed-in browser.</summary>
public sealed class ReviewPageTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await EnsureOrganiserAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task TheReviewPageShowsTheCourseInChineseWithRocDates()
    {
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());
        using var client = await SignedInAsync("reviewer-63000-1");

        var html = await client.GetStringAsync($"/reviews/{itemId}");

        Assert.Contains(courseNo, html, StringComparison.Ordinal);
        Assert.Contains("115/12/01", html, StringComparison.Ordinal);
        Assert.Contains("待判斷・開閉幕", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"decision-panel\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewerOfAnotherCentreIsToldThereIsNoAccess()
    {
        var (_, itemId) = await SubmitAsync(app, MixedBody());
        using var client = await SignedInAsync("reviewer-65000-1");

        var html = await client.GetStringAsync($"/reviews/{itemId}");

        Assert.Contains("data-testid=\"no-access\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("開幕式暨專題演講", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACourseAddressRedirectsToItsLatestReview()
    {
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());
        using var client = await SignedInAsync("reviewer-63000-1", followRedirects: false);

        var response = await client.GetAsync($"/courses/{courseNo}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith($"/reviews/{itemId}", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(string userName, bool followRedirects = true)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });
        var signIn = await client.GetAsync($"/dev-signin?as={userName}");
        Assert.True(signIn.IsSuccessStatusCode || signIn.StatusCode == HttpStatusCode.Redirect, signIn.StatusCode.ToString());
        return client;
    }
}
