using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Features.Exports;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Exports;

/// <summary>The streamed raw exports (queue contents, course list) opened with ClosedXML.</summary>
public sealed class RawExportTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task TheQueueExportHoldsWhatTheQueuePageListsInItsOrder()
    {
        var data = new QueueData(app);
        var reviewer = await data.UserAsync("reviewer-63000-1");
        var page = await data.Service.PageAsync(reviewer, new QueueQuery("63000", global::RegionalConsole.Data.Entities.ReviewKind.Course, new QueueFilter(), PageSize: 500));
        using var client = await ExportClient.SignedInAsync(app, "reviewer-63000-1");

        using var workbook = await ExportClient.WorkbookAsync(await client.GetAsync(new Uri("/exports/queues/course.xlsx", UriKind.Relative)));

        var sheet = workbook.Worksheet("課程審核清單");
        Assert.Equal(page.Rows.Select(r => r.CourseNo), sheet.RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 1).DataType);
        Assert.Equal(RocDate.Short(page.Rows[0].DueDate), ExportClient.Cell(sheet, 2, "審核期限").GetString());
        Assert.Equal(XLDataType.Text, ExportClient.Cell(sheet, 2, "審核期限").DataType);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
    }

    [Fact]
    public async Task TheQueueExportAppliesThePagesFilters()
    {
        var data = new QueueData(app);
        var reviewer = await data.UserAsync("reviewer-63000-1");
        var filter = new QueueFilter { State = QueueState.Decided };
        var page = await data.Service.PageAsync(reviewer, new QueueQuery("63000", global::RegionalConsole.Data.Entities.ReviewKind.Course, filter, PageSize: 500));
        using var client = await ExportClient.SignedInAsync(app, "reviewer-63000-1");

        using var workbook = await ExportClient.WorkbookAsync(await client.GetAsync(new Uri(QueueExportButton.Href("63000", global::RegionalConsole.Data.Entities.ReviewKind.Course, filter), UriKind.Relative)));

        Assert.Equal(page.Rows.Select(r => r.CourseNo), workbook.Worksheet(1).RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));
        Assert.NotEmpty(page.Rows);
    }

    [Fact]
    public async Task AReviewerCannotExportAnotherCentresQueueAndABadStateIsNamed()
    {
        using var client = await ExportClient.SignedInAsync(app, "reviewer-63000-1");

        var other = await client.GetAsync(new Uri("/exports/queues/course.xlsx?centre=65000", UriKind.Relative));
        var bad = await client.GetAsync(new Uri("/exports/queues/course.xlsx?state=Soon", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"state\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCourseListHoldsTheCoursesStartingInThePeriodWithCodesAndDatesAsText()
    {
        var expected = await app.WithDbAsync(db => db.Courses.Where(c => c.StartDate >= new DateOnly(2026, 1, 1) && c.StartDate < new DateOnly(2027, 1, 1))
            .OrderBy(c => c.Id).Select(c => new { c.CourseNo, c.OrganiserCode, c.StartDate }).ToListAsync());
        using var client = await ExportClient.SignedInAsync(app, "admin");

        var response = await client.GetAsync(new Uri("/exports/courses.xlsx?year=115", UriKind.Relative));
        using var workbook = await ExportClient.WorkbookAsync(response);

        var sheet = workbook.Worksheet("研習課程");
        Assert.Equal(expected.Select(c => c.CourseNo), sheet.RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));
        Assert.Equal(expected[0].OrganiserCode, ExportClient.Cell(sheet, 2, "開課單位代碼").GetString());
        Assert.Equal(XLDataType.Text, ExportClient.Cell(sheet, 2, "開課單位代碼").DataType);
        Assert.Equal(RocDate.Short(expected[0].StartDate), ExportClient.Cell(sheet, 2, "開始日期").GetString());
        Assert.Equal(XLDataType.Text, ExportClient.Cell(sheet, 2, "開始日期").DataType);
        Assert.Equal("研習課程清單_全部中心_115年1-12月.xlsx", Uri.UnescapeDataString(response.Content.Headers.ContentDisposition!.FileNameStar!.Trim('"')));
    }
    [Fact]
    public async Task TheCourseListWritesEveryCoursesCreationTimeInTaipeiAndItsStatusInWords()
    {
        var expected = await app.WithDbAsync(db => db.Courses.Where(c => c.StartDate >= new DateOnly(2026, 1, 1) && c.StartDate < new DateOnly(2027, 1, 1))
            .OrderBy(c => c.Id).Select(c => new { c.CreatedAt, c.EndDate, c.Status }).ToListAsync());
        using var client = await ExportClient.SignedInAsync(app, "admin");

        using var workbook = await ExportClient.WorkbookAsync(await client.GetAsync(new Uri("/exports/courses.xlsx?year=115", UriKind.Relative)));

        var sheet = workbook.Worksheet("研習課程");
        Assert.Equal(expected.Select(c => (RocDate.ShortDateTime(c.CreatedAt), RocDate.Short(c.EndDate), RawExportColumns.CourseStatusText(c.Status))),
            sheet.RowsUsed().Skip(1).Select(r => (ExportClient.Cell(sheet, r.RowNumber(), "建立時間").GetString(),
                ExportClient.Cell(sheet, r.RowNumber(), "結束日期").GetString(), ExportClient.Cell(sheet, r.RowNumber(), "狀態").GetString())));
    }
}
