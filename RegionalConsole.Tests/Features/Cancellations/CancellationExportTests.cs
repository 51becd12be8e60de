using System.Net;
using System.Net.Http.Json;
using RegionalConsole.Tests.Features.Exports;
using RegionalConsole.Tests.Features.Rosters;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Cancellations;

/// <summary>The cancellation register exported as a workbook (SPEC §5.5, §9): what the register lists, in scope.</summary>
public sealed class CancellationExportTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private async Task<string> CancelledCourseAsync()
    {
        var courseNo = await RosterScenario.HeldCourseAsync(app, date: "2026-12-16");
        using var api = app.CreateApiClient();
        var response = await api.PostAsJsonAsync($"/api/v1/courses/{courseNo}/cancellation", new
        {
            reasonCategory = "Venue",
            reason = "場地漏水，改期辦理。",
            notification = new { channel = "Email", sentAt = "2026-11-24T18:00", recipients = 0 },
        });
        response.EnsureSuccessStatusCode();
        return courseNo;
    }

    [Fact]
    public async Task TheWorkbookListsTheCancellationWithTextCodesAndRocDates()
    {
        var courseNo = await CancelledCourseAsync();
        using var client = await ExportClient.SignedInAsync(app, RosterScenario.Reviewer);

        using var workbook = await ExportClient.WorkbookAsync(await client.GetAsync(new Uri("/exports/cancellations.xlsx?category=Venue", UriKind.Relative)));

        var sheet = workbook.Worksheet("停辦登記簿");
        var row = sheet.RowsUsed().Skip(1).Single(r => ExportClient.Cell(sheet, r.RowNumber(), "課程編號").GetString() == courseNo).RowNumber();
        Assert.Equal(XLDataTypeText, ExportClient.Cell(sheet, row, "課程編號").DataType.ToString());
        Assert.Equal("場地因素", ExportClient.Cell(sheet, row, "原因類別").GetString());
        Assert.Equal("場地漏水，改期辦理。", ExportClient.Cell(sheet, row, "原因說明").GetString());
        Assert.Equal("115/11/25", ExportClient.Cell(sheet, row, "登記日期").GetString());
        Assert.Equal(XLDataTypeText, ExportClient.Cell(sheet, row, "登記日期").DataType.ToString());
        Assert.All(sheet.RowsUsed().Skip(1), r => Assert.Equal("場地因素", ExportClient.Cell(sheet, r.RowNumber(), "原因類別").GetString()));
    }

    [Fact]
    public async Task AnotherCentresRegisterIsRefused()
    {
        using var client = await ExportClient.SignedInAsync(app, "reviewer-65000-1");

        var response = await client.GetAsync(new Uri("/exports/cancellations.xlsx?centre=63000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AReviewerExportsOnlyTheirOwnCentresCancellations()
    {
        var courseNo = await CancelledCourseAsync();
        using var client = await ExportClient.SignedInAsync(app, "reviewer-65000-1");

        using var workbook = await ExportClient.WorkbookAsync(await client.GetAsync(new Uri("/exports/cancellations.xlsx", UriKind.Relative)));

        var sheet = workbook.Worksheet("停辦登記簿");
        Assert.DoesNotContain(sheet.RowsUsed().Skip(1), r => ExportClient.Cell(sheet, r.RowNumber(), "課程編號").GetString() == courseNo);
        Assert.All(sheet.RowsUsed().Skip(1), r => Assert.Equal("65000", ExportClient.Cell(sheet, r.RowNumber(), "中心代碼").GetString()));
    }

    [Fact]
    public async Task ABadDateIsRefusedNamingTheField()
    {
        using var client = await ExportClient.SignedInAsync(app, RosterScenario.Reviewer);

        var response = await client.GetAsync(new Uri("/exports/cancellations.xlsx?from=115/11/01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private const string XLDataTypeText = "Text";
}
