using ClosedXML.Excel;

namespace RegionalConsole.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class StatisticsJourneyTests(BrowserFixture browser, ConsoleServerFixture server) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task ASupervisorDownloadsTheStatisticsWorkbookAndItOpens()
    {
        var console = await ConsolePage.OpenAsync(browser.Browser, server.BaseAddress);
        try
        {
            await console.SignInFromListAsync("supervisor-63000");
            await console.GotoAsync("/statistics?year=115&from=1&to=11");
            await Microsoft.Playwright.Assertions.Expect(console.ByTestId("stat-backlog-table")).ToBeVisibleAsync();

            var download = await console.Page.RunAndWaitForDownloadAsync(() => console.ByTestId("statistics-download").ClickAsync());

            Assert.Equal("統計報表_全部中心_115年1-11月.xlsx", download.SuggestedFilename);
            // Playwright keeps the file without an extension; ClosedXML reads it from a stream.
            using var workbook = new XLWorkbook(new MemoryStream(await File.ReadAllBytesAsync(await download.PathAsync())));
            Assert.Equal("說明", workbook.Worksheet(1).Name);
            var backlog = workbook.Worksheet("待審案件").RowsUsed().Skip(1).ToList();
            Assert.Equal(["63000"], backlog.SkipLast(1).Select(r => r.Cell(1).GetString()));
            Assert.Contains(backlog[^1].CellsUsed(), c => c.GetString() == "合計");
        }
        finally
        {
            await console.CloseAsync();
        }
    }
}
