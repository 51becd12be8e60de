using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Domain;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Exports;

/// <summary>The roster raw export (issue #7) opened with ClosedXML: its rows, masking by role, text cells and scope.</summary>
public sealed class RosterExportTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private static readonly DateOnly YearStart = new(2026, 1, 1), YearEnd = new(2027, 1, 1);

    private sealed record Attendee(string CourseNo, string CentreCode, string NationalId, decimal Hours, decimal? Issued);

    private Task<List<Attendee>> AttendeesAsync(string? centre = null) => app.WithDbAsync(db =>
        (from c in db.Courses
         where c.StartDate >= YearStart && c.StartDate < YearEnd && (centre == null || c.CentreCode == centre)
         join r in db.Rosters on c.Id equals r.CourseId
         join a in db.RosterAttendees on r.Id equals a.RosterId
         orderby c.Id, r.Id, a.Index
         select new Attendee(c.CourseNo, c.CentreCode, a.NationalId, a.Hours,
             db.StudyRecords.Where(s => s.RosterId == r.Id && s.NationalId == a.NationalId).Select(s => (decimal?)s.Hours).FirstOrDefault()))
        .ToListAsync());

    [Fact]
    public async Task AnAdministratorsExportListsEveryAttendeeOfTheYearsRostersWithWholeNationalIds()
    {
        var expected = await AttendeesAsync();
        using var client = await ExportClient.SignedInAsync(app, "admin");

        var response = await client.GetAsync(new Uri("/exports/rosters.xlsx?year=115", UriKind.Relative));
        using var workbook = await ExportClient.WorkbookAsync(response);

        var sheet = workbook.Worksheet("研習名單");
        Assert.NotEmpty(expected);
        Assert.Equal(["課程編號", "課程名稱", "名單版次", "審核結果", "身分證統一編號", "教師姓名", "服務學校", "申報時數", "核發時數"],
            sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(expected.Select(a => (a.CourseNo, a.NationalId)),
            sheet.RowsUsed().Skip(1).Select(r => (r.Cell(1).GetString(), ExportClient.Cell(sheet, r.RowNumber(), "身分證統一編號").GetString())));
        Assert.Equal("研習名單_全部中心_115年1-12月.xlsx", Uri.UnescapeDataString(response.Content.Headers.ContentDisposition!.FileNameStar!.Trim('"')));
    }

    [Fact]
    public async Task AReviewersExportMasksNationalIdsAndHoldsOnlyItsCentresRosters()
    {
        var expected = await AttendeesAsync("63000");
        using var client = await ExportClient.SignedInAsync(app, "reviewer-63000-1");

        using var workbook = await ExportClient.WorkbookAsync(await client.GetAsync(new Uri("/exports/rosters.xlsx?year=115", UriKind.Relative)));

        var sheet = workbook.Worksheet("研習名單");
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(a => (a.CourseNo, NationalId.Mask(a.NationalId))),
            sheet.RowsUsed().Skip(1).Select(r => (r.Cell(1).GetString(), ExportClient.Cell(sheet, r.RowNumber(), "身分證統一編號").GetString())));
    }

    [Fact]
    public async Task CourseNumbersStayTextAndHoursAreNumbers()
    {
        var expected = await AttendeesAsync();
        var first = expected.Select((a, i) => (a, Row: i + 2)).First(x => x.a.Issued is not null);
        using var client = await ExportClient.SignedInAsync(app, "admin");

        using var workbook = await ExportClient.WorkbookAsync(await client.GetAsync(new Uri("/exports/rosters.xlsx?year=115", UriKind.Relative)));

        var sheet = workbook.Worksheet("研習名單");
        Assert.Equal((XLDataType.Text, first.a.CourseNo), (sheet.Cell(first.Row, 1).DataType, sheet.Cell(first.Row, 1).GetString()));
        Assert.Equal((XLDataType.Number, (double)first.a.Hours), (ExportClient.Cell(sheet, first.Row, "申報時數").DataType, ExportClient.Cell(sheet, first.Row, "申報時數").GetDouble()));
        Assert.Equal((double)first.a.Issued!.Value, ExportClient.Cell(sheet, first.Row, "核發時數").GetDouble());
        Assert.Equal("審核通過", ExportClient.Cell(sheet, first.Row, "審核結果").GetString());
        Assert.Equal(1, sheet.SheetView.SplitRow);
    }

    [Fact]
    public async Task ATeacherWithoutASchoolIsShownAs無服務學校AndOneWithASchoolByItsName()
    {
        var expected = await AttendeesAsync();
        var (schoolless, schooled) = (expected[0], expected.First(a => a.NationalId != expected[0].NationalId));
        var school = await app.WithDbAsync(async db =>
        {
            await db.Teachers.Where(t => t.NationalId == schoolless.NationalId).ExecuteUpdateAsync(s => s.SetProperty(t => t.ServingInstitutionCode, (string?)null));
            return await db.Teachers.Where(t => t.NationalId == schooled.NationalId)
                .Select(t => db.Institutions.Where(i => i.Code == t.ServingInstitutionCode).Select(i => i.Name).Single()).SingleAsync();
        });
        using var client = await ExportClient.SignedInAsync(app, "admin");

        using var workbook = await ExportClient.WorkbookAsync(await client.GetAsync(new Uri("/exports/rosters.xlsx?year=115", UriKind.Relative)));

        var sheet = workbook.Worksheet("研習名單");
        string SchoolOf(string nationalId) => sheet.RowsUsed().Skip(1)
            .Where(r => ExportClient.Cell(sheet, r.RowNumber(), "身分證統一編號").GetString() == nationalId)
            .Select(r => ExportClient.Cell(sheet, r.RowNumber(), "服務學校").GetString()).First();
        Assert.Equal(("無服務學校", school), (SchoolOf(schoolless.NationalId), SchoolOf(schooled.NationalId)));
    }

    [Theory]
    [InlineData("reviewer-63000-1", "/exports/rosters.xlsx?year=115&centre=65000")]
    [InlineData("supervisor-63000", "/exports/rosters.xlsx?year=115&county=65000")]
    public async Task AnotherCentresOrCountysRostersAreRefused(string user, string url)
    {
        using var client = await ExportClient.SignedInAsync(app, user);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
