using System.Globalization;
using ClosedXML.Excel;

namespace RegionalConsole.Features.Exports;

/// <summary>
/// Sheets of a ClosedXML workbook for tables small enough to build in memory (statistics): zh-TW headers, a frozen
/// header row, a filter, number formats and set widths. Text cells use SetValue(string) — assigning "0123" to Value
/// would store the number 123 — and widths are set, never AdjustToContents (needs libgdiplus; slow). Every sheet prints
/// as a document (issue #19): A4, fit to the page's width, landscape when wide, the header row on every page, the
/// sheet's title above and page numbers below. An empty value leaves its cell empty rather than holding "".
/// </summary>
public static class WorkbookSheets
{
    /// <summary>Column widths (in characters) that still fit an A4 page upright at a readable scale; wider prints landscape.</summary>
    public const double PortraitWidth = 95;

    private static readonly XLColor HeaderFill = XLColor.FromArgb(0xE8, 0xEE, 0xF4);

    public static IXLWorksheet AddTable<T>(XLWorkbook workbook, string name, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var sheet = workbook.Worksheets.Add(name);
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = sheet.Cell(1, c + 1);
            cell.SetValue(columns[c].Header);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = HeaderFill;
            var column = sheet.Column(c + 1);
            column.Width = columns[c].Width;
            if (columns[c].NumberFormat is { } format)
            {
                column.Style.NumberFormat.Format = format;
            }
        }

        var r = 1;
        foreach (var row in rows)
        {
            r++;
            for (var c = 0; c < columns.Count; c++)
            {
                Write(sheet.Cell(r, c + 1), columns[c], columns[c].Value(row));
            }
        }

        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(r, 1), columns.Count).SetAutoFilter();
        SetUpPages(sheet, name, columns.Sum(c => c.Width), repeatHeaderRow: true);
        return sheet;
    }

    /// <summary>
    /// A 合計 row under a table, outside its filter range so that sorting and filtering leave it last. The total is a row
    /// of the table's own type, written by the same columns (a blank code, "合計" in the name).
    /// </summary>
    public static IXLRow AddTotalRow<T>(IXLWorksheet sheet, IReadOnlyList<ExportColumn<T>> columns, T total)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(columns);
        var r = (sheet.LastRowUsed()?.RowNumber() ?? 1) + 1;
        for (var c = 0; c < columns.Count; c++)
        {
            Write(sheet.Cell(r, c + 1), columns[c], columns[c].Value(total));
        }

        var row = sheet.Row(r);
        var range = sheet.Range(r, 1, r, columns.Count);
        range.Style.Font.Bold = true;
        range.Style.Border.TopBorder = XLBorderStyleValues.Thin;
        return row;
    }

    /// <summary>Prints as a document: A4, fit to width, landscape when wide, title in the header, 第 n 頁，共 m 頁 in the footer.</summary>
    public static void SetUpPages(IXLWorksheet sheet, string title, double columnWidths, bool repeatHeaderRow)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = columnWidths > PortraitWidth ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        // One page wide, as many tall as the rows need: labels and values stay on the same page.
        page.FitToPages(1, 0);
        if (repeatHeaderRow)
        {
            page.SetRowsToRepeatAtTop(1, 1);
        }

        page.Header.Center.AddText(CellText.Clean(title) ?? "");
        page.Footer.Center.AddText("第 ");
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber);
        page.Footer.Center.AddText(" 頁，共 ");
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages);
        page.Footer.Center.AddText(" 頁");
    }

    /// <summary>A first sheet that says what the workbook covers: label and value per line.</summary>
    public static IXLWorksheet AddCover(XLWorkbook workbook, string name, string title, IEnumerable<(string Label, string Value)> lines)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(lines);
        var sheet = workbook.Worksheets.Add(name);
        sheet.Cell(1, 1).SetValue(title);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        var r = 2;
        foreach (var (label, value) in lines)
        {
            r++;
            sheet.Cell(r, 1).SetValue(label);
            sheet.Cell(r, 1).Style.Font.Bold = true;
            SetText(sheet.Cell(r, 2), value);
        }

        sheet.Column(1).Width = 16;
        sheet.Column(2).Width = 60;
        sheet.Column(2).Style.Alignment.WrapText = true;
        SetUpPages(sheet, title, 76, repeatHeaderRow: false);
        return sheet;
    }

    /// <summary>
    /// Text as text: SetValue(string) stores a string cell — "0123" stays 0123 and "=HYPERLINK(…)" is never a formula
    /// (the Value setter would make it one) — cleaned of what a cell cannot hold (<see cref="CellText"/>). No text
    /// leaves the cell empty: an empty string would be a value that COUNTA counts and "blank" filters miss.
    /// </summary>
    public static void SetText(IXLCell cell, string? text)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (CellText.Clean(text) is { Length: > 0 } clean)
        {
            cell.SetValue(clean);
        }
    }

    private static void Write<T>(IXLCell cell, ExportColumn<T> column, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case int n when column.Kind != ExportCellKind.Text:
                cell.SetValue(n);
                break;
            case decimal d when column.Kind != ExportCellKind.Text:
                cell.SetValue(d);
                break;
            case double d when column.Kind != ExportCellKind.Text:
                cell.SetValue(d);
                break;
            default:
                SetText(cell, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
