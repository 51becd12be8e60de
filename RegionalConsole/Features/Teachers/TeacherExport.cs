using ClosedXML.Excel;
using RegionalConsole.Auth;
using RegionalConsole.Domain;
using RegionalConsole.Features.Exports;

namespace RegionalConsole.Features.Teachers;

/// <summary>
/// 教師資料 as Excel (SPEC §9, §11): the study records, totals per ROC year and per confirmed tag, one sheet each,
/// the national ID as the page shows it. A teacher has tens of records, so ClosedXML's in-memory workbook is fine.
/// </summary>
public static class TeacherExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapTeacherExport(this IEndpointRouteBuilder app)
    {
        // The reference, not the national ID, is in the address: IDs stay out of URLs and access logs (SPEC §11).
        app.MapGet("/teachers/export/{reference}", async (string reference, HttpContext http, TeacherRecordService service) =>
        {
            var user = ConsoleUser.From(http.User);
            var record = user is null ? null : await service.RecordAsync(user, reference, http.RequestAborted);
            return record is null
                ? Results.NotFound()
                : Results.File(Workbook(record), ContentType, "teacher-records.xlsx");
        })
        .RequireAuthorization(ConsolePolicies.Staff)
        .ExcludeFromDescription();
        return app;
    }

    public static byte[] Workbook(TeacherRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("研習紀錄");
        sheet.Cell(1, 1).SetValue("教師");
        WorkbookSheets.SetText(sheet.Cell(1, 2), $"{record.Name}（{record.ShownId}）");
        sheet.Cell(2, 1).SetValue("服務學校");
        WorkbookSheets.SetText(sheet.Cell(2, 2), record.ServingName is null ? "無服務學校" : $"{record.ServingName}（{record.ServingCode}）");
        Header(sheet, 4, "課程編號", "課程名稱", "時數", "核發日期", "認定標籤");
        var row = 5;
        foreach (var r in record.Records)
        {
            sheet.Cell(row, 1).SetValue(r.CourseNo);
            WorkbookSheets.SetText(sheet.Cell(row, 2), r.Title);
            sheet.Cell(row, 3).SetValue(r.Hours);
            sheet.Cell(row, 4).SetValue(RocDate.Short(r.IssuedDate));
            WorkbookSheets.SetText(sheet.Cell(row, 5), string.Join("、", r.Tags));
            row++;
        }

        Finish(sheet, 4, row - 1, 14, 48, 8, 12, 30);

        var years = book.Worksheets.Add("年度合計");
        Header(years, 1, "民國年度", "時數");
        row = 2;
        foreach (var (year, hours) in record.Totals.PerYear)
        {
            years.Cell(row, 1).SetValue(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            years.Cell(row++, 2).SetValue(hours);
        }

        Finish(years, 1, row - 1, 12, 10);

        var byTag = book.Worksheets.Add("標籤合計");
        Header(byTag, 1, "認定標籤", "時數");
        row = 2;
        foreach (var (tag, hours) in record.Totals.PerTag)
        {
            WorkbookSheets.SetText(byTag.Cell(row, 1), tag);
            byTag.Cell(row++, 2).SetValue(hours);
        }

        Finish(byTag, 1, row - 1, 30, 10);
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Header(IXLWorksheet sheet, int row, params string[] titles)
    {
        for (var i = 0; i < titles.Length; i++)
        {
            sheet.Cell(row, i + 1).SetValue(titles[i]);
        }

        sheet.Row(row).Style.Font.Bold = true;
    }

    /// <summary>Frozen header, filters, one-decimal hours, and set widths (AdjustToContents needs libgdiplus on Linux).</summary>
    private static void Finish(IXLWorksheet sheet, int headerRow, int lastRow, params double[] widths)
    {
        sheet.SheetView.FreezeRows(headerRow);
        sheet.Range(headerRow, 1, Math.Max(headerRow, lastRow), widths.Length).SetAutoFilter();
        for (var i = 0; i < widths.Length; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
        }

        var hoursColumn = widths.Length == 2 ? 2 : 3;
        sheet.Column(hoursColumn).Style.NumberFormat.Format = "0.0";
    }
}
