using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Domain;
using RegionalConsole.Features.Teachers;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Teachers;

public sealed class TeacherRecordTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private TeacherRecordService Service => app.Services.CreateScope().ServiceProvider.GetRequiredService<TeacherRecordService>();

    /// <summary>A teacher with issued hours, and the centre that issued them.</summary>
    private Task<(string Id, string Name, string Centre)> TrainedTeacherAsync() => app.WithDbAsync(async db =>
    {
        var record = await (from s in db.StudyRecords
                            join t in db.Teachers on s.NationalId equals t.NationalId
                            orderby s.Id
                            select new { t.NationalId, t.Name, s.CentreCode }).FirstAsync();
        return (record.NationalId, record.Name, record.CentreCode);
    });

    [Fact]
    public async Task AnAdministratorFindsATeacherByNationalIdUnmasked()
    {
        var (id, name, _) = await TrainedTeacherAsync();

        var match = Assert.Single(await Service.SearchAsync(TestUsers.Administrator, id.ToLowerInvariant()));

        Assert.Equal((id, name), (match.ShownId, match.Name));
    }

    private static TeacherMatch Only(IEnumerable<TeacherMatch> matches, string id) =>
        Assert.Single(matches, m => m.ShownId == NationalId.Mask(id));

    [Fact]
    public async Task AReviewerOfTheIssuingCentreFindsTheTeacherByNameAndSeesTheRecordWithTheIdMasked()
    {
        var (id, name, centre) = await TrainedTeacherAsync();

        var match = Only(await Service.SearchAsync(TestUsers.Reviewer(centre), name), id);
        var record = await Service.RecordAsync(TestUsers.Reviewer(centre), match.Reference);

        Assert.Equal(NationalId.Mask(id), match.ShownId);
        Assert.NotNull(record);
        Assert.Equal(NationalId.Mask(id), record.ShownId);
        Assert.NotEmpty(record.Records);
    }

    [Fact]
    public async Task AReviewerDoesNotFindATeacherWithNoTieToTheirCentre()
    {
        var (id, centre) = await app.WithDbAsync(async db =>
        {
            var teacher = await db.Teachers.Where(t => t.ServingInstitutionCode != null).OrderBy(t => t.NationalId).FirstAsync();
            var serving = await db.Institutions.Where(i => i.Code == teacher.ServingInstitutionCode).Select(i => i.CentreCode).SingleAsync();
            var trained = await db.StudyRecords.Where(s => s.NationalId == teacher.NationalId).Select(s => s.CentreCode).ToListAsync();
            var stranger = await db.Centres.Select(c => c.Code).Where(c => c != serving && !trained.Contains(c)).FirstAsync();
            return (teacher.NationalId, stranger);
        });
        var admin = Assert.Single(await Service.SearchAsync(TestUsers.Administrator, id));
        var name = await app.WithDbAsync(db => db.Teachers.Where(t => t.NationalId == id).Select(t => t.Name).SingleAsync());

        Assert.DoesNotContain(await Service.SearchAsync(TestUsers.Reviewer(centre), name), m => m.ShownId == NationalId.Mask(id));
        Assert.Null(await Service.RecordAsync(TestUsers.Reviewer(centre), admin.Reference));
    }

    [Fact]
    public async Task AReviewerCannotLookATeacherUpByNationalIdOrAMaskedOne()
    {
        var (id, _, centre) = await TrainedTeacherAsync();

        Assert.Empty(await Service.SearchAsync(TestUsers.Reviewer(centre), id));
        Assert.Empty(await Service.SearchAsync(TestUsers.Reviewer(centre), NationalId.Mask(id)));
    }

    [Fact]
    public async Task AReviewerNarrowsANameSearchByTheServingInstitution()
    {
        var (id, centre, serving) = await app.WithDbAsync(async db =>
        {
            var teacher = await (from t in db.Teachers
                                 join i in db.Institutions on t.ServingInstitutionCode equals i.Code
                                 where i.CentreCode != null
                                 orderby t.NationalId
                                 select new { t.NationalId, i.CentreCode, i.Name }).FirstAsync();
            return (teacher.NationalId, teacher.CentreCode!, teacher.Name);
        });
        var name = await app.WithDbAsync(db => db.Teachers.Where(t => t.NationalId == id).Select(t => t.Name).SingleAsync());

        var matches = await Service.SearchAsync(TestUsers.Reviewer(centre), name, serving);

        Only(matches, id);
        Assert.All(matches, m => Assert.Equal(serving, m.ServingName));
    }

    [Fact]
    public async Task EverySearchAndRecordViewIsAuditedWithTheIdMasked()
    {
        var (id, _, centre) = await TrainedTeacherAsync();
        var before = await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.EntityType == "Teacher"));

        await Service.SearchAsync(TestUsers.Reviewer(centre), id);
        var match = Assert.Single(await Service.SearchAsync(TestUsers.Administrator, id));
        await Service.RecordAsync(TestUsers.Administrator, match.Reference);

        var entries = await app.WithDbAsync(db => db.AuditLog.Where(a => a.EntityType == "Teacher").OrderBy(a => a.Id).Skip(before).ToListAsync());
        Assert.Equal(["TeacherSearch", "TeacherSearch", "TeacherRecordViewed"], entries.Select(e => e.Action));
        Assert.Contains("\"Refused\":true", entries[0].After, StringComparison.Ordinal);
        Assert.All(entries, e => Assert.DoesNotContain(id, e.EntityId + e.After, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheRecordTotalsItsHoursPerYear()
    {
        var (id, _, _) = await TrainedTeacherAsync();
        var expected = await app.WithDbAsync(db => db.StudyRecords.Where(s => s.NationalId == id).Select(s => s.Hours).ToListAsync());
        var match = Assert.Single(await Service.SearchAsync(TestUsers.Administrator, id));

        var record = (await Service.RecordAsync(TestUsers.Administrator, match.Reference))!;

        Assert.Equal(expected.Count, record.Records.Count);
        Assert.Equal(expected.Sum(), record.Totals.Total);
        Assert.Equal(expected.Sum(), record.Totals.PerYear.Sum(y => y.Hours));
    }

    [Fact]
    public async Task ATeacherWithoutASchoolIsShownAsSuch()
    {
        var id = await app.WithDbAsync(db => db.Teachers.Where(t => t.ServingInstitutionCode == null).Select(t => t.NationalId).FirstAsync());
        var match = Assert.Single(await Service.SearchAsync(TestUsers.Administrator, id));

        var record = (await Service.RecordAsync(TestUsers.Administrator, match.Reference))!;

        Assert.Null(record.ServingName);
    }

    [Fact]
    public async Task AForgedReferenceFindsNobody() =>
        Assert.Null(await Service.RecordAsync(TestUsers.Administrator, "A123456789"));

    [Fact]
    public async Task TheExportIsAWorkbookWithRecordsAndTotalsAndTheIdMaskedForAReviewer()
    {
        var (id, name, centre) = await TrainedTeacherAsync();
        var reviewer = await app.WithDbAsync(db => db.Accounts.Where(a => a.CentreCode == centre).Select(a => a.UserName).FirstAsync());
        var match = Only(await Service.SearchAsync(TestUsers.Reviewer(centre), name), id);
        using var client = app.CreateClient();
        await client.GetAsync($"/dev-signin?as={reviewer}");

        var response = await client.GetAsync($"/teachers/export/{Uri.EscapeDataString(match.Reference)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TeacherExport.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["研習紀錄", "年度合計", "標籤合計"], book.Worksheets.Select(w => w.Name));
        var sheet = book.Worksheet("研習紀錄");
        Assert.Contains(NationalId.Mask(id), sheet.Cell(1, 2).GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(id, sheet.Cell(1, 2).GetString(), StringComparison.Ordinal);
        Assert.Equal(XLDataType.Text, sheet.Cell(5, 1).DataType);
        Assert.Equal("課程編號", sheet.Cell(4, 1).GetString());
    }

    [Fact]
    public async Task TheExportNeedsASignedInPerson()
    {
        var (id, _, _) = await TrainedTeacherAsync();
        var match = Assert.Single(await Service.SearchAsync(TestUsers.Administrator, id));
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/teachers/export/{Uri.EscapeDataString(match.Reference)}");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
