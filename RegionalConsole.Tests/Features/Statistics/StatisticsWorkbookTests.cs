using System.Net;
using ClosedXML.Excel;
using RegionalConsole.Tests.Features.Exports;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Statistics;

/// <summary>The statistics page as one workbook and each table as its own (SPEC §9), opened with ClosedXML.</summary>
public sealed class StatisticsWorkbookTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private static readonly string[] SheetNames =
        ["說明", "待審案件", "時限達成率", "審結工作天", "屬性標籤", "停辦原因", "縣市核發時數", "教保服務人員時數", "案例彙整"];

    [Fact]
    public async Task TheWholePageIsOneWorkbookWithACoverAndASheetPerTable()
    {
        using var client = await ExportClient.SignedInAsync(app, "admin");

        using var workbook = await ExportClient.WorkbookAsync(await client.GetAsync(new Uri("/exports/statistics.xlsx?year=115&from=1&to=11", UriKind.Relative)));

        Assert.Equal(SheetNames, workbook.Worksheets.Select(s => s.Name));
        var cover = workbook.Worksheet("說明");
        Assert.Equal("民國115年1月至11月", cover.Cell(3, 2).GetString());
        Assert.StartsWith("115/11/25 10:00", cover.Cell(6, 2).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachTableSheetHasZhTwHeadersAFrozenHeaderRowAndAFilter()
    {
        using var client = await ExportClient.SignedInAsync(app, "admin");

        using var workbook = await ExportClient.WorkbookAsync(await client.GetAsync(new Uri("/exports/statistics.xlsx?year=115", UriKind.Relative)));

        var compliance = workbook.Worksheet("時限達成率");
        Assert.Equal(["中心代碼", "區域管理中心", "月份", "審結件數", "如期審結", "達成率"], compliance.Row(1).CellsUsed().Select(c => c.GetString()));
        foreach (var sheet in workbook.Worksheets.Skip(1))
        {
            Assert.Equal(1, sheet.SheetView.SplitRow);
            Assert.True(sheet.AutoFilter.IsEnabled, sheet.Name);
            Assert.All(sheet.ColumnsUsed(), c => Assert.True(c.Width > 5, $"{sheet.Name} column {c.ColumnNumber()} has a set width"));
        }
    }

    [Fact]
    public async Task RatesArePercentagesAndCountsNumbersWhileCodesAndMonthsStayText()
    {
        using var client = await ExportClient.SignedInAsync(app, "admin");

        using var workbook = await ExportClient.WorkbookAsync(await client.GetAsync(new Uri("/exports/statistics.xlsx?year=115", UriKind.Relative)));

        var compliance = workbook.Worksheet("時限達成率");
        var row = compliance.RowsUsed().Skip(1).First(r => ExportClient.Cell(compliance, r.RowNumber(), "審結件數").GetValue<int>() > 0).RowNumber();
        Assert.Equal("0.0%", ExportClient.Cell(compliance, row, "達成率").Style.NumberFormat.Format);
        Assert.Equal(XLDataType.Number, ExportClient.Cell(compliance, row, "達成率").DataType);
        Assert.Equal(XLDataType.Number, ExportClient.Cell(compliance, row, "審結件數").DataType);
        Assert.Equal("#,##0", ExportClient.Cell(compliance, row, "審結件數").Style.NumberFormat.Format);
        Assert.Equal(XLDataType.Text, ExportClient.Cell(compliance, row, "中心代碼").DataType);
        Assert.Matches(@"^115年\d{1,2}月$", ExportClient.Cell(compliance, row, "月份").GetString());
        Assert.Equal(XLDataType.Text, ExportClient.Cell(compliance, row, "月份").DataType);
        var hours = workbook.Worksheet("縣市核發時數");
        Assert.All(hours.RowsUsed().Skip(1), r => Assert.Equal(XLDataType.Text, ExportClient.Cell(hours, r.RowNumber(), "縣市代碼").DataType));
        Assert.Equal("#,##0.0", ExportClient.Cell(hours, 2, "核發時數").Style.NumberFormat.Format);
    }

    [Fact]
    public async Task TheFileIsNamedWithTheRocPeriodInUtf8()
    {
        using var client = await ExportClient.SignedInAsync(app, "admin");

        var response = await client.GetAsync(new Uri("/exports/statistics.xlsx?year=115&from=11&to=11", UriKind.Relative));

        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("統計報表_全部中心_115年11月.xlsx", Uri.UnescapeDataString(disposition.FileNameStar!.Trim('"')));
    }

    [Fact]
    public async Task OneTableExportsAsItsOwnWorkbookWithTheCover()
    {
        using var client = await ExportClient.SignedInAsync(app, "admin");

        using var workbook = await ExportClient.WorkbookAsync(await client.GetAsync(new Uri("/exports/statistics/backlog.xlsx?year=115", UriKind.Relative)));

        Assert.Equal(["說明", "待審案件"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal(24, workbook.Worksheet("待審案件").RowsUsed().Count() - 2); // less the header and the 合計 row
    }

    [Fact]
    public async Task TheCaseFileStreamsWithRocDatesAsText()
    {
        using var client = await ExportClient.SignedInAsync(app, "admin");

        using var workbook = await ExportClient.WorkbookAsync(await client.GetAsync(new Uri("/exports/statistics/case-file.xlsx?year=115", UriKind.Relative)));

        var sheet = workbook.Worksheet("案例彙整");
        Assert.Equal("課程編號", sheet.Cell(1, 1).GetString());
        var dated = sheet.RowsUsed().Skip(1).First(r => !ExportClient.Cell(sheet, r.RowNumber(), "日期").IsEmpty()).RowNumber();
        Assert.Matches(@"^1\d\d/\d\d/\d\d$", ExportClient.Cell(sheet, dated, "日期").GetString());
        Assert.Equal(XLDataType.Text, ExportClient.Cell(sheet, dated, "日期").DataType);
        Assert.Equal(XLDataType.Text, ExportClient.Cell(sheet, dated, "課程編號").DataType);
    }

    [Fact]
    public async Task AnUnknownTableIsNotFoundAndABadMonthIsABadRequestNamingIt()
    {
        using var client = await ExportClient.SignedInAsync(app, "admin");

        var unknown = await client.GetAsync(new Uri("/exports/statistics/nothing.xlsx", UriKind.Relative));
        var bad = await client.GetAsync(new Uri("/exports/statistics.xlsx?year=115&from=13", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"from\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
