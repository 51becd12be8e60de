using System.Net.Http.Json;
using RegionalConsole.Tests.Features.Rosters;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Exports;

/// <summary>
/// Exports as documents (issue #19): each kind and scope of export has its own file name, and the register says its
/// values in the statistics' words, not as stored enum names.
/// </summary>
public sealed class ExportNamesAndWordsTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task TheCourseRosterAndCancellationQueueExportsOfADayHaveDistinctNames()
    {
        using var client = await ExportClient.SignedInAsync(app, "reviewer-63000-1");

        var names = new List<string>();
        foreach (var kind in new[] { "course", "roster", "cancellation" })
        {
            using var response = await client.GetAsync(new Uri($"/exports/queues/{kind}.xlsx", UriKind.Relative));
            names.Add(Uri.UnescapeDataString(response.Content.Headers.ContentDisposition!.FileNameStar!.Trim('"')));
        }

        Assert.Equal(3, names.Distinct(StringComparer.Ordinal).Count());
        Assert.StartsWith("課程審核清單_", names[0], StringComparison.Ordinal);
        Assert.StartsWith("名單審核清單_", names[1], StringComparison.Ordinal);
        Assert.StartsWith("停辦審查清單_", names[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRegisterWritesTheNoticeChannelAndReasonInWordsWithItsCentreInTheFileName()
    {
        var courseNo = await RosterScenario.HeldCourseAsync(app, date: "2026-12-17");
        using (var api = app.CreateApiClient())
        {
            (await api.PostAsJsonAsync($"/api/v1/courses/{courseNo}/cancellation", new
            {
                reasonCategory = "Disaster",
                reason = "颱風停班停課。",
                notification = new { channel = "Email", sentAt = "2026-11-24T18:00", recipients = 0 },
            })).EnsureSuccessStatusCode();
        }

        using var client = await ExportClient.SignedInAsync(app, RosterScenario.Reviewer);
        using var response = await client.GetAsync(new Uri("/exports/cancellations.xlsx?category=Disaster", UriKind.Relative));
        using var workbook = await ExportClient.WorkbookAsync(response);

        var sheet = workbook.Worksheet("停辦登記簿");
        var row = sheet.RowsUsed().Skip(1).Single(r => ExportClient.Cell(sheet, r.RowNumber(), "課程編號").GetString() == courseNo).RowNumber();
        Assert.Equal("電子郵件", ExportClient.Cell(sheet, row, "通知方式").GetString());
        Assert.Equal("天然災害", ExportClient.Cell(sheet, row, "原因類別").GetString());
        // A reviewer reads one centre: the file says which.
        var name = Uri.UnescapeDataString(response.Content.Headers.ContentDisposition!.FileNameStar!.Trim('"'));
        Assert.StartsWith("停辦登記簿_", name, StringComparison.Ordinal);
        Assert.DoesNotContain("全部中心", name, StringComparison.Ordinal);
    }
}
