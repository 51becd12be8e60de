using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Auth;
using RegionalConsole.Domain;
using RegionalConsole.Features.Statistics;
using RegionalConsole.Tests.Features.Exports;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Statistics;

/// <summary>
/// Statistics and their exports cover only what the person may read (SPEC §1): a reviewer their centre, a supervisor
/// the centres under it, an administrator all. Naming a centre or county outside that is refused with 403, not
/// answered with an empty table that would read as "no cases".
/// </summary>
public sealed class StatisticsScopeTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private StatisticsService Service => app.Services.CreateScope().ServiceProvider.GetRequiredService<StatisticsService>();

    [Fact]
    public async Task AReviewerSeesTheirOwnCentreOnly()
    {
        var scope = await Service.ScopeAsync(await UserAsync("reviewer-65000-1"), new StatisticsFilter(115));

        Assert.Equal(["65000"], scope.Codes);
    }

    [Fact]
    public async Task ACountySupervisorSeesTheCentresUnderIt()
    {
        var scope = await Service.ScopeAsync(await UserAsync("supervisor-63000"), new StatisticsFilter(115));

        Assert.Equal(["63000"], scope.Codes);
    }

    [Fact]
    public async Task AnAdministratorNarrowsToOneCountyByItsCode()
    {
        var scope = await Service.ScopeAsync(await UserAsync("admin"), new StatisticsFilter(115, County: "09020"));

        Assert.Equal(["09020"], scope.Codes);
    }

    [Fact]
    public async Task ASupervisorAskingForAnotherCountysCentreIsRefused()
    {
        var user = await UserAsync("supervisor-63000");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Service.ScopeAsync(user, new StatisticsFilter(115, Centre: "65000")));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Service.ScopeAsync(user, new StatisticsFilter(115, County: "65000")));
    }

    [Theory]
    [InlineData("/exports/statistics.xlsx?year=115&county=65000")]
    [InlineData("/exports/statistics/county-hours.xlsx?year=115&centre=65000")]
    [InlineData("/exports/courses.xlsx?year=115&centre=65000")]
    [InlineData("/exports/rosters.xlsx?year=115&county=65000")]
    [InlineData("/exports/queues/course.xlsx?centre=65000")]
    public async Task ASupervisorCannotExportAnotherCountysData(string url)
    {
        using var client = await ExportClient.SignedInAsync(app, "supervisor-63000");

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ASupervisorsWorkbookHoldsOnlyItsOwnCentresAndCounties()
    {
        using var client = await ExportClient.SignedInAsync(app, "supervisor-63000");

        using var workbook = await ExportClient.WorkbookAsync(await client.GetAsync(new Uri("/exports/statistics.xlsx?year=115", UriKind.Relative)));

        var backlog = workbook.Worksheet("待審案件");
        // Header, the centre's row, and the 合計 row.
        Assert.Equal(["63000"], backlog.RowsUsed().Skip(1).SkipLast(1).Select(r => r.Cell(1).GetString()));
        Assert.Equal("合計", backlog.LastRowUsed()!.Cell(2).GetString());
        var hours = await app.WithDbAsync(db => db.StudyRecords.Where(r => r.CentreCode == "63000" && r.IssuedDate >= new DateOnly(2026, 1, 1))
            .Select(r => r.CountyCode).Distinct().ToListAsync());
        var sheet = workbook.Worksheet("縣市核發時數");
        Assert.Equal(hours.Order(StringComparer.Ordinal), sheet.RowsUsed().Skip(1).SkipLast(1).Select(r => r.Cell(1).GetString()));
    }

    [Fact]
    public async Task SomeoneSignedOutIsSentToSignIn()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/exports/statistics.xlsx", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/authentication/login", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    private Task<ConsoleUser> UserAsync(string userName) => app.WithDbAsync(async db =>
    {
        var a = await db.Accounts.SingleAsync(x => x.UserName == userName);
        return new ConsoleUser(a.Id, a.UserName, a.DisplayName, new AccessScope(a.Role, a.CentreCode, a.SupervisorScope));
    });
}
