using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.Cancellations;
using RegionalConsole.Tests.Features.Exports;
using RegionalConsole.Tests.Features.Rosters;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Cancellations;

/// <summary>
/// The register and its export show how many teachers were enrolled when the course was cancelled, as the organiser
/// reported it through the API (SPEC §13.2) — no seeder involved.
/// </summary>
public sealed class CancellationEnrolmentTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private async Task<string> CancelledWithEnrolmentAsync(int enrolled)
    {
        var courseNo = await RosterScenario.HeldCourseAsync(app, date: "2026-12-17");
        using var api = app.CreateApiClient();
        (await api.PutAsJsonAsync($"/api/v1/courses/{courseNo}/enrolment", new { enrolled })).EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync($"/api/v1/courses/{courseNo}/cancellation", new
        {
            reasonCategory = "Disaster",
            reason = "颱風停班停課。",
            notification = new { channel = "Sms", sentAt = "2026-11-24T18:00", recipients = enrolled },
        })).EnsureSuccessStatusCode();
        return courseNo;
    }

    [Fact]
    public async Task TheRegisterShowsTheEnrolmentReportedBeforeTheCancellation()
    {
        var courseNo = await CancelledWithEnrolmentAsync(31);
        var user = await ReviewScenario.UserAsync(app, RosterScenario.Reviewer);
        await using var scope = app.Services.CreateAsyncScope();

        var page = await scope.ServiceProvider.GetRequiredService<CancellationRegister>().PageAsync(user, new CancellationFilter(), 0, 500);

        Assert.Equal(31, page.Rows.Single(r => r.CourseNo == courseNo).EnrolledCount);
    }

    [Fact]
    public async Task TheExportShowsIt()
    {
        var courseNo = await CancelledWithEnrolmentAsync(29);
        using var client = await ExportClient.SignedInAsync(app, RosterScenario.Reviewer);

        using var workbook = await ExportClient.WorkbookAsync(await client.GetAsync(new Uri("/exports/cancellations.xlsx?category=Disaster", UriKind.Relative)));

        var sheet = workbook.Worksheet("停辦登記簿");
        var row = sheet.RowsUsed().Skip(1).Single(r => ExportClient.Cell(sheet, r.RowNumber(), "課程編號").GetString() == courseNo).RowNumber();
        Assert.Equal(29, ExportClient.Cell(sheet, row, "報名人數").GetValue<int>());
    }
}
