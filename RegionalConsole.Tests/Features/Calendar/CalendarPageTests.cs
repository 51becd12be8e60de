using System.Net;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Calendar;

/// <summary>/calendar as each role sees it (prerendered HTML).</summary>
public sealed class CalendarPageTests : IClassFixture<ConsoleAppFactory>
{
    private readonly ConsoleAppFactory _app;

    public CalendarPageTests(ConsoleAppFactory app) => _app = app;

    [Fact]
    public async Task AnAdministratorSeesTheMonthTheClosureFormAndTheImport()
    {
        var html = await PageAsync("admin", "/calendar?county=10015&month=2026-11");

        Assert.Contains("data-testid=\"month-grid\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"closure-form\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"calendar-import\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReviewerSeesTheCalendarReadOnly()
    {
        var html = await PageAsync("reviewer-63000-1", "/calendar");

        Assert.Contains("data-testid=\"month-grid\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"calendar-read-only\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"closure-form\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"calendar-import\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASupervisorManagesTheirOwnCountyButOnlyReadsAnother()
    {
        var own = await PageAsync("supervisor-10015", "/calendar");
        var other = await PageAsync("supervisor-10015", "/calendar?county=63000");

        Assert.Contains("data-testid=\"closure-form\"", own, StringComparison.Ordinal);
        Assert.Contains("花蓮縣", own, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"calendar-import\"", own, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"closure-form\"", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMonthShowsHolidaysByNameInRocYears()
    {
        var html = await PageAsync("reviewer-63000-1", "/calendar?county=63000&month=2026-02");

        Assert.Contains("民國115年2月", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"day-2026-02-17\" data-kind=\"Holiday\"", html, StringComparison.Ordinal);
        Assert.Contains("春節", html, StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string account, string url)
    {
        using var client = _app.CreateClient();
        var signIn = await client.GetAsync($"/dev-signin?as={account}");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return html;
    }
}
