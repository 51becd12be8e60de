using System.Globalization;
using ClosedXML.Excel;

namespace RegionalConsole.Features.Exports;

/// <summary>
/// Sheets of a ClosedXML workbook for tables small enough to build in memory (statistics): zh-TW headers, a frozen
/// header row, a filter, number formats and set widths. Text cells use SetValue(string) — assigning "0123" to Value
/// would store the number 123 — and widths are set, never AdjustToContents (needs libgdiplus; slow).
/// </summary>
public static class WorkbookSheets
{
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
            cell.Style.Fill.BackgroundColor = XLColor.FromArgb(0xE8, 0xEE, 0xF4);
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
        return sheet;
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
            sheet.Cell(r, 2).SetValue(CellText.Clean(value) ?? "");
        }

        sheet.Column(1).Width = 16;
        sheet.Column(2).Width = 60;
        return sheet;
    }

    /// <summary>
    /// Text as text: SetValue(string) stores a string cell — "0123" stays 0123 and "=HYPERLINK(…)" is never a formula
    /// (the Value setter would make it one) — cleaned of what a cell cannot hold (<see cref="CellText"/>).
    /// </summary>
    public static void SetText(IXLCell cell, string? text)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell.SetValue(CellText.Clean(text) ?? "");
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
