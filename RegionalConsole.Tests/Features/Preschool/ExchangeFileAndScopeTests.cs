using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Preschool;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Features.Preschool.PreschoolData;

namespace RegionalConsole.Tests.Features.Preschool;

/// <summary>What a run sends and writes, who may download it, and whose preschools each person sees (SPEC §1, §7).</summary>
public sealed class ExchangeFileAndScopeTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private readonly PreschoolData _data = new(app);

    [Fact]
    public async Task TheFileHasAHeaderAndALineOfTwelveFieldsPerRecordInUtf8WithAByteOrderMark()
    {
        await _data.SucceededRunAsync("2026-11");
        var preschool = await _data.InstitutionAsync("10015", "花蓮縣立檔案幼兒園");
        var teacher = await _data.TeacherAsync(preschool, "林小華");
        var record = await _data.RecordAsync(teacher, preschool, Taipei(2026, 11, 24), ["教保專業", TagDefaults.SafetyEducation],
            title: "幼兒體能遊戲設計, 進階", start: new DateOnly(2026, 11, 2), end: new DateOnly(2026, 11, 3), hours: 6.5m);
        var run = await _data.Exchange.RunNowAsync(TestUsers.Administrator, TestContext.Current.CancellationToken);

        using var client = await SignedInAsync("admin");
        var response = await client.GetAsync($"/preschool/exchange/runs/{run.RunId}/file", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("學習紀錄編號,身分證統一編號,姓名,服務幼兒園代碼,服務幼兒園名稱,課程編號,研習名稱,屬性標籤,研習起日,研習迄日,核發時數,核發日期", lines[0]);
        var courseNo = await _data.CourseNoAsync(record.CourseId);
        Assert.Equal(
            $"{record.Id},{teacher},林小華,{preschool},花蓮縣立檔案幼兒園,{courseNo},\"幼兒體能遊戲設計, 進階\",幼兒園教保專業知能、安全教育,115/11/02,115/11/03,6.5,115/11/24",
            Assert.Single(lines[1..], l => l.StartsWith($"{record.Id},", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ARunSendsOnlyConfirmedPreschoolTagsOfTeachersServingAtAPreschool()
    {
        await _data.SucceededRunAsync("2026-11");
        var preschool = await _data.InstitutionAsync("10015", "花蓮縣立篩選幼兒園");
        var school = await _data.InstitutionAsync("10015", "花蓮縣立篩選國民小學", InstitutionType.MunicipalSchool);
        var atPreschool = await _data.TeacherAsync(preschool);
        var issued = Taipei(2026, 11, 24);
        var sent = await _data.RecordAsync(atPreschool, preschool, issued, [TagDefaults.BasicLifeSupport]);
        var removedTag = await _data.RecordAsync(atPreschool, preschool, issued, [TagDefaults.Preschool], removed: [TagDefaults.Preschool]);
        var otherTag = await _data.RecordAsync(atPreschool, preschool, issued, ["國際教育"]);
        var atSchool = await _data.RecordAsync(await _data.TeacherAsync(school), preschool, issued, [TagDefaults.Preschool]);

        var run = await _data.Exchange.RunNowAsync(TestUsers.Administrator, TestContext.Current.CancellationToken);

        var ids = await _data.SentAsync(run.RunId!.Value);
        Assert.Contains(sent.Id, ids);
        Assert.DoesNotContain(removedTag.Id, ids);
        Assert.DoesNotContain(otherTag.Id, ids);
        Assert.DoesNotContain(atSchool.Id, ids);
    }

    [Fact]
    public async Task AReviewerIsForbiddenTheDownload()
    {
        var run = await _data.SucceededRunAsync("2026-11");
        using var client = await SignedInAsync("reviewer-10015-1");

        var response = await client.GetAsync($"/preschool/exchange/runs/{run.Id}/file", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ASupervisorOfAnotherCountySeesNoneOfThisCountysPreschools()
    {
        var code = await _data.InstitutionAsync("10015", "花蓮縣立範圍幼兒園");
        var registrations = app.Services.CreateScope().ServiceProvider.GetRequiredService<PreschoolRegistrationService>();

        var own = await registrations.ListAsync(TestUsers.Supervisor("10015"), null, null, TestContext.Current.CancellationToken);
        var other = await registrations.ListAsync(TestUsers.Supervisor("63000"), "10015", null, TestContext.Current.CancellationToken);

        Assert.Contains(own, r => r.Code == code);
        Assert.DoesNotContain(other, r => r.Code == code);
        Assert.All(other, r => Assert.Equal("63000", r.CountyCode));
    }

    [Fact]
    public async Task ReviewersSeeNoRegistrationsAndNoRuns()
    {
        await _data.InstitutionAsync("10015", "花蓮縣立審核人員幼兒園");
        var registrations = app.Services.CreateScope().ServiceProvider.GetRequiredService<PreschoolRegistrationService>();

        Assert.Empty(await registrations.ListAsync(TestUsers.Reviewer("10015"), "10015", null, TestContext.Current.CancellationToken));
        Assert.Empty(await _data.Exchange.RunsAsync(TestUsers.Reviewer("10015"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RegistrationsCountThisYearsPreschoolTaggedCoursesOfEachPreschool()
    {
        var busy = await _data.InstitutionAsync("10015", "花蓮縣立登錄幼兒園");
        var teacher = await _data.TeacherAsync(busy);
        await _data.RecordAsync(teacher, busy, Taipei(2026, 11, 20), ["教保專業"]);
        await _data.RecordAsync(teacher, busy, Taipei(2026, 11, 20), ["國際教育"]);
        var registrations = app.Services.CreateScope().ServiceProvider.GetRequiredService<PreschoolRegistrationService>();

        var rows = await registrations.ListAsync(TestUsers.Supervisor("10015"), null, "登錄幼兒園", TestContext.Current.CancellationToken);

        Assert.Equal(1, Assert.Single(rows, r => r.Code == busy).Courses);
    }

    [Fact]
    public async Task TheOverlapReportShowsAMakeUpOverlappingALongOnlineCourseToTheCountysSupervisorOnly()
    {
        var preschool = await _data.InstitutionAsync("10015", "花蓮縣立補登幼兒園");
        var teacher = await _data.TeacherAsync(preschool, "陳補登");
        await _data.RecordAsync(teacher, preschool, Taipei(2026, 3, 1), [TagDefaults.Preschool], title: "幼兒園線上年度課程",
            start: new DateOnly(2026, 1, 5), end: new DateOnly(2026, 12, 20), hours: 18, delivery: DeliveryMode.Online);
        var makeUp = await _data.RecordAsync(teacher, preschool, Taipei(2026, 10, 1), [TagDefaults.Preschool],
            start: new DateOnly(2026, 6, 6), end: new DateOnly(2026, 6, 6));
        var overlaps = app.Services.CreateScope().ServiceProvider.GetRequiredService<OverlapReportService>();

        var own = await overlaps.ListAsync(TestUsers.Supervisor("10015"), null, TestContext.Current.CancellationToken);
        var other = await overlaps.ListAsync(TestUsers.Supervisor("63000"), null, TestContext.Current.CancellationToken);

        var row = Assert.Single(own, r => r.Overlap.MakeUp.RecordId == makeUp.Id);
        Assert.Equal("陳補登", row.TeacherName);
        Assert.NotEqual(teacher, row.MaskedNationalId);
        Assert.DoesNotContain(other, r => r.Overlap.MakeUp.RecordId == makeUp.Id);
    }

    private async Task<HttpClient> SignedInAsync(string account)
    {
        var client = app.CreateClient();
        var signIn = await client.GetAsync($"/dev-signin?as={account}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        return client;
    }
}
