using ClosedXML.Excel;
using RegionalConsole.Features.Exports;

namespace RegionalConsole.Tests.Features.Exports;

/// <summary>Both writers keep codes with leading zeros and ROC dates as text and numbers as formatted numbers.</summary>
public sealed class ExportWritersTests
{
    private sealed record Row(string Code, string Date, int Count, decimal Hours, double Rate, string NationalId);

    private static readonly Row[] Rows = [new("0123", "115/11/25", 1234, 12.5m, 0.955, "A123456789")];

    private static readonly IReadOnlyList<ExportColumn<Row>> Columns =
    [
        ExportColumn<Row>.Text("代碼", 8, r => r.Code),
        ExportColumn<Row>.Text("日期", 11, r => r.Date),
        ExportColumn<Row>.Integer("件數", 9, r => r.Count),
        ExportColumn<Row>.Decimal("時數", 9, r => r.Hours),
        ExportColumn<Row>.Percent("比率", 9, r => r.Rate),
        RawExportColumns.NationalId<Row>("身分證統一編號", reveal: false, r => r.NationalId),
    ];

    [Fact]
    public async Task TheStreamingWriterKeepsCodesAndRocDatesAsTextAndMasksNationalIds()
    {
        var buffer = new MemoryStream();

        var count = await StreamingExport.WriteAsync(buffer, "清單", Columns, Rows.ToAsyncEnumerable());

        Assert.Equal(1, count);
        buffer.Position = 0;
        AssertSheet(new XLWorkbook(buffer).Worksheet("清單"));
    }

    [Fact]
    public void TheWorkbookWriterKeepsCodesAndRocDatesAsText()
    {
        using var workbook = new XLWorkbook();
        WorkbookSheets.AddTable(workbook, "清單", Columns, Rows);
        var buffer = new MemoryStream();
        workbook.SaveAs(buffer);

        buffer.Position = 0;
        AssertSheet(new XLWorkbook(buffer).Worksheet("清單"));
    }

    private sealed record Stored(string Text);

    private static readonly IReadOnlyList<ExportColumn<Stored>> TextColumn = [ExportColumn<Stored>.Text("名稱", 20, r => r.Text)];

    // SPEC §13.3: text stored before the input bounds — control characters, formulas, 2 MB — never corrupts a workbook.
    private static readonly Stored[] OddTexts =
        [new("=HYPERLINK(\"http://example.invalid\",\"x\")"), new("a\0b\u0001c\u001Fd\uFFFEe\tf\ng"), new(new string('長', 2_000_000)), new("+1"), new("@SUM(A1)")];

    [Fact]
    public async Task TheStreamingWriterKeepsOddStoredTextAsReadableTextNeverAFormula()
    {
        var buffer = new MemoryStream();

        await StreamingExport.WriteAsync(buffer, "清單", TextColumn, OddTexts.ToAsyncEnumerable());

        buffer.Position = 0;
        AssertOddTexts(new XLWorkbook(buffer).Worksheet("清單"));
    }

    [Fact]
    public void TheWorkbookWriterKeepsOddStoredTextAsReadableTextNeverAFormula()
    {
        using var workbook = new XLWorkbook();
        WorkbookSheets.AddTable(workbook, "清單", TextColumn, OddTexts);
        var buffer = new MemoryStream();
        workbook.SaveAs(buffer);

        buffer.Position = 0;
        AssertOddTexts(new XLWorkbook(buffer).Worksheet("清單"));
    }

    private static void AssertOddTexts(IXLWorksheet sheet)
    {
        Assert.All(sheet.Range(2, 1, 6, 1).Cells(), c => Assert.Equal((XLDataType.Text, false), (c.DataType, c.HasFormula)));
        Assert.Equal("=HYPERLINK(\"http://example.invalid\",\"x\")", sheet.Cell(2, 1).GetString());
        Assert.Equal("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf\ng", sheet.Cell(3, 1).GetString());
        Assert.Equal((CellText.MaxLength, '…'), (sheet.Cell(4, 1).GetString().Length, sheet.Cell(4, 1).GetString()[^1]));
        Assert.Equal(["+1", "@SUM(A1)"], [sheet.Cell(5, 1).GetString(), sheet.Cell(6, 1).GetString()]);
    }

    private static void AssertSheet(IXLWorksheet sheet)
    {
        Assert.Equal(["代碼", "日期", "件數", "時數", "比率", "身分證統一編號"], sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal((XLDataType.Text, "0123"), (sheet.Cell(2, 1).DataType, sheet.Cell(2, 1).GetString()));
        Assert.Equal((XLDataType.Text, "115/11/25"), (sheet.Cell(2, 2).DataType, sheet.Cell(2, 2).GetString()));
        Assert.Equal((XLDataType.Number, 1234.0, "#,##0"), (sheet.Cell(2, 3).DataType, sheet.Cell(2, 3).GetDouble(), sheet.Cell(2, 3).Style.NumberFormat.Format));
        Assert.Equal((12.5, "#,##0.0"), (sheet.Cell(2, 4).GetDouble(), sheet.Cell(2, 4).Style.NumberFormat.Format));
        Assert.Equal((0.955, "0.0%"), (sheet.Cell(2, 5).GetDouble(), sheet.Cell(2, 5).Style.NumberFormat.Format));
        Assert.Equal("A12****789", sheet.Cell(2, 6).GetString());
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.InRange(sheet.Column(1).Width, 7, 9); // SpreadCheetah stores widths its own way, near the given one.
    }
}
