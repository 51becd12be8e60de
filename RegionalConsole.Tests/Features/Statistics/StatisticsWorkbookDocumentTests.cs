using System.IO.Compression;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using RegionalConsole.Domain.Review;
using RegionalConsole.Domain.Schedule;
using RegionalConsole.Features.Statistics;

namespace RegionalConsole.Tests.Features.Statistics;

/// <summary>
/// The statistics workbook as a printed document (issue #19): page setup on every sheet, 合計 rows, blank cells blank.
/// Written from a report in memory and opened with ClosedXML, so each sheet's print settings are read back as Excel would.
/// </summary>
public sealed partial class StatisticsWorkbookDocumentTests
{
    private static readonly StatisticsScope Scope = new(new StatisticsFilter(115, 1, 11), [new("63000", "臺北市區域管理中心", "63000"), new("65000", "新北市區域管理中心", "65000")]);

    private static readonly StatisticsReport Report = new(
        Scope,
        new DateTime(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc),
        [new("63000", "臺北市區域管理中心", 3, 2, 1), new("65000", "新北市區域管理中心", 4, 0, 5)],
        [new("63000", "臺北市區域管理中心", 10, 10, 9), new("63000", "臺北市區域管理中心", 11, 2, 0), new("65000", "新北市區域管理中心", 11, 8, 8)],
        [new("63000", "臺北市區域管理中心", 12, 2.5), new("", "合計", 12, 2.5)],
        [new("政令宣導", "政令", 115, 4)],
        [new("Disaster", 2, 40)],
        [new("63000", "臺北市", 120, 360.5m), new("65000", "新北市", 80, 200m)],
        [new("63000", "臺北市", 5, 9, 27m)],
        new CaseFilePage([new("1150001", "63000", "研習", new DateOnly(2026, 11, 2), "09:00", "", "政令宣導", SegmentClassification.UnderDiscussion, null, 50, ReviewOutcome.Approved, null, null)], 1));

    private static XLWorkbook Opened(StatisticsReport report)
    {
        var buffer = new MemoryStream(Written(report));
        return new XLWorkbook(buffer);
    }

    private static byte[] Written(StatisticsReport report)
    {
        var buffer = new MemoryStream();
        StatisticsWorkbook.WriteAsync(buffer, report).GetAwaiter().GetResult();
        return buffer.ToArray();
    }

    [Fact]
    public void EverySheetPrintsOnA4OnePageWide()
    {
        using var workbook = Opened(Report);

        Assert.All(workbook.Worksheets, sheet =>
        {
            Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
            Assert.Equal(1, sheet.PageSetup.PagesWide);
            Assert.Equal(0, sheet.PageSetup.PagesTall);
        });
    }

    [Fact]
    public void AWideSheetPrintsLandscapeAndANarrowOneUpright()
    {
        using var workbook = Opened(Report);

        Assert.Equal(XLPageOrientation.Landscape, workbook.Worksheet("案例彙整").PageSetup.PageOrientation);
        Assert.Equal(XLPageOrientation.Portrait, workbook.Worksheet("停辦原因").PageSetup.PageOrientation);
    }

    [Fact]
    public void EveryTableSheetRepeatsItsHeaderRowOnEachPrintedPage()
    {
        using var workbook = Opened(Report);

        Assert.All(workbook.Worksheets.Skip(1), sheet =>
        {
            Assert.Equal(1, sheet.PageSetup.FirstRowToRepeatAtTop);
            Assert.Equal(1, sheet.PageSetup.LastRowToRepeatAtTop);
        });
    }

    [Fact]
    public void EachPageIsHeadedByTheSheetTitleAndFootedByItsPageNumberOfAll()
    {
        using var workbook = Opened(Report);

        var sheet = workbook.Worksheet("待審案件");
        Assert.Contains("待審案件", sheet.PageSetup.Header.Center.GetText(XLHFOccurrence.OddPages), StringComparison.Ordinal);
        var footer = sheet.PageSetup.Footer.Center.GetText(XLHFOccurrence.OddPages);
        Assert.Contains("&P", footer, StringComparison.Ordinal);
        Assert.Contains("&N", footer, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBacklogEndsWithATotalOfEveryCentreOutsideTheFilter()
    {
        using var workbook = Opened(Report);

        var sheet = workbook.Worksheet("待審案件");
        var last = sheet.LastRowUsed()!;
        Assert.Equal(4, last.RowNumber());
        Assert.Equal("合計", last.Cell(2).GetString());
        Assert.True(last.Cell(1).IsEmpty());
        Assert.Equal([7, 2, 6, 15], Enumerable.Range(3, 4).Select(c => last.Cell(c).GetValue<int>()));
        Assert.True(last.Cell(2).Style.Font.Bold);
        Assert.Equal(3, sheet.AutoFilter.Range.LastRow().RowNumber());
    }

    [Fact]
    public void TheComplianceTotalIsMetOverDecidedNotAnAverageOfRates()
    {
        using var workbook = Opened(Report);

        var last = workbook.Worksheet("時限達成率").LastRowUsed()!;
        Assert.Equal("合計", last.Cell(2).GetString());
        Assert.True(last.Cell(3).IsEmpty(), "the total has no month");
        Assert.Equal(20, last.Cell(4).GetValue<int>());
        Assert.Equal(17, last.Cell(5).GetValue<int>());
        Assert.Equal(0.85, last.Cell(6).GetValue<double>(), 6);
    }

    [Fact]
    public void HoursPerCountyEndWithTheirTotal()
    {
        using var workbook = Opened(Report);

        var last = workbook.Worksheet("縣市核發時數").LastRowUsed()!;
        Assert.Equal("合計", last.Cell(2).GetString());
        Assert.Equal(200, last.Cell(3).GetValue<int>());
        Assert.Equal(560.5m, last.Cell(4).GetValue<decimal>());
    }

    [Fact]
    public void NoCellHoldsAnEmptyString()
    {
        using var package = new ZipArchive(new MemoryStream(Written(Report)), ZipArchiveMode.Read);
        var parts = package.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        foreach (var part in parts)
        {
            using var reader = new StreamReader(part.Open());
            var xml = reader.ReadToEnd();
            Assert.DoesNotMatch(EmptyText(), xml);
        }
    }

    [Fact]
    public void ACaseFileCutShortIsSaidOnTheCoverAndItsTabIsOrange()
    {
        using var workbook = Opened(Report with { CaseFile = Report.CaseFile with { Total = 7_500 } });

        var cover = workbook.Worksheet("說明");
        var last = cover.LastRowUsed()!;
        Assert.Equal("案例彙整", last.Cell(1).GetString());
        Assert.Contains("7,500", last.Cell(2).GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Drawing.Color.Orange.ToArgb(), workbook.Worksheet("案例彙整").TabColor.Color.ToArgb());
    }

    [Fact]
    public void ACaseFileShownWhollyKeepsAnOrdinaryTab()
    {
        using var workbook = Opened(Report);

        Assert.NotEqual("案例彙整", workbook.Worksheet("說明").LastRowUsed()!.Cell(1).GetString());
        Assert.False(workbook.Worksheet("案例彙整").TabColor.HasValue);
    }

    [Fact]
    public void AFileNameSaysTheTableTheScopeAndThePeriod()
    {
        Assert.Equal("統計報表_全部中心_115年1-11月.xlsx", StatisticsWorkbook.FileName(Scope));
        Assert.Equal("統計報表_待審案件_臺北市區域管理中心_115年1-11月.xlsx", StatisticsWorkbook.FileName(Scope with { Filter = Scope.Filter with { Centre = "63000" } }, "backlog"));
        Assert.Equal("統計報表_新北市_115年1-11月.xlsx", StatisticsWorkbook.FileName(Scope with { Filter = Scope.Filter with { County = "65000" } }));
        Assert.Equal("statistics-backlog-65000-115-01-11.xlsx", StatisticsWorkbook.AsciiFileName(Scope with { Filter = Scope.Filter with { County = "65000" } }, "backlog"));
    }

    // A shared or inline string with no text: <t/>, <t></t> or <x:t xml:space="preserve"></x:t>.
    [GeneratedRegex(@"<(\w+:)?t(\s[^>]*)?(/>|></(\w+:)?t>)")]
    private static partial Regex EmptyText();
}
