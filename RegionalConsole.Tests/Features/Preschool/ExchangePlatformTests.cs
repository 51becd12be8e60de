using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Preschool;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Preschool;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Features.Preschool.PreschoolData;

namespace RegionalConsole.Tests.Features.Preschool;

/// <summary>The exchange platform collects and acknowledges the files with a key of its own role (SPEC §14.4).</summary>
public sealed class ExchangePlatformTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private readonly PreschoolData _data = new(app);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> RunAsync()
    {
        await _data.SucceededRunAsync("2026-11");
        var run = await _data.Exchange.RunNowAsync(TestUsers.Administrator, Ct);
        Assert.Equal(ExchangeRunOutcome.Done, run.Outcome);
        return run.RunId!.Value;
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("items").EnumerateArray()];
    }

    [Fact]
    public async Task AnExchangePlatformKeyIsRefusedTheRestOfTheApi()
    {
        using var platform = await _data.ExchangePlatformAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await platform.GetAsync("/api/v1/tags", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.PutAsJsonAsync("/api/v1/teachers/A123456789", new { name = "王小明" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.PostAsJsonAsync("/api/v1/api-clients", new { name = "x", isAdministrator = true }, Ct)).StatusCode);
    }

    [Fact]
    public async Task OtherKeysCannotReachTheExchange()
    {
        using var administrator = app.CreateApiClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.GetAsync("/api/v1/preschool-exchange/runs", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.PostAsync($"/api/v1/preschool-exchange/runs/{await RunAsync()}/ack", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task AnExchangePlatformKeyMayNotAlsoActForACounty()
    {
        using var administrator = app.CreateApiClient();

        var response = await administrator.PostAsJsonAsync("/api/v1/api-clients", new { name = "混合金鑰", exchangePlatform = true, countyCode = "10015" }, Ct);

        await ApiAssertions.AssertValidationProblemAsync(response, "exchangePlatform");
    }

    [Fact]
    public async Task TheRunsAreListedInAscendingOrderAfterTheGivenId()
    {
        var first = await RunAsync();
        var second = await RunAsync();
        using var platform = await _data.ExchangePlatformAsync();

        var all = await ItemsAsync(await platform.GetAsync($"/api/v1/preschool-exchange/runs?after={first - 1}", Ct));
        var after = await ItemsAsync(await platform.GetAsync($"/api/v1/preschool-exchange/runs?after={first}", Ct));

        Assert.Equal([first, second], all.Select(i => i.GetProperty("id").GetInt32()).Take(2));
        Assert.Equal(second, after[0].GetProperty("id").GetInt32());
        Assert.Equal("2026-11", all[0].GetProperty("period").GetString());
        Assert.False(all[0].GetProperty("acknowledged").GetBoolean());
        Assert.True(all[0].TryGetProperty("records", out _));
    }

    [Fact]
    public async Task TheExchangeEndpointsAreInTheOpenApiDocument()
    {
        using var client = app.CreateClient();

        var paths = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct)).RootElement.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/v1/preschool-exchange/runs", out _));
        Assert.True(paths.TryGetProperty("/api/v1/preschool-exchange/runs/{id}/file", out _));
        Assert.True(paths.TryGetProperty("/api/v1/preschool-exchange/runs/{id}/ack", out _));
    }

    [Fact]
    public async Task AnAfterThatIsNoRunIdIsABadRequest()
    {
        using var platform = await _data.ExchangePlatformAsync();

        await ApiAssertions.AssertValidationProblemAsync(await platform.GetAsync("/api/v1/preschool-exchange/runs?after=abc", Ct), "after");
    }

    [Fact]
    public async Task ThePlatformCollectsTheSameBytesAsTheAdministratorDownloads()
    {
        var preschool = await _data.InstitutionAsync("10015", "花蓮縣立收檔幼兒園");
        await _data.RecordAsync(await _data.TeacherAsync(preschool), preschool, Taipei(2026, 11, 24), [TagDefaults.Preschool]);
        var run = await RunAsync();
        using var platform = await _data.ExchangePlatformAsync();
        using var administrator = app.CreateClient();
        await administrator.GetAsync("/dev-signin?as=admin", Ct);

        var collected = await platform.GetAsync($"/api/v1/preschool-exchange/runs/{run}/file", Ct);
        var downloaded = await administrator.GetByteArrayAsync($"/preschool/exchange/runs/{run}/file", Ct);

        Assert.Equal(HttpStatusCode.OK, collected.StatusCode);
        Assert.Equal("text/csv", collected.Content.Headers.ContentType?.MediaType);
        Assert.Equal(downloaded, await collected.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task AFieldThatWouldStartAFormulaIsWrittenWithALeadingQuote()
    {
        var preschool = await _data.InstitutionAsync("10015", "=HYPERLINK(\"http://evil.example\",\"幼兒園\")");
        await _data.RecordAsync(await _data.TeacherAsync(preschool, "@SUM(A1)"), preschool, Taipei(2026, 11, 24), [TagDefaults.Preschool],
            title: "-2+3 幼兒園研習");
        var run = await RunAsync();
        using var platform = await _data.ExchangePlatformAsync();

        var text = Encoding.UTF8.GetString(await platform.GetByteArrayAsync($"/api/v1/preschool-exchange/runs/{run}/file", Ct));

        Assert.Contains(",'@SUM(A1),", text, StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"幼兒園\"\")\",", text, StringComparison.Ordinal);
        Assert.Contains(",'-2+3 幼兒園研習,", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownRunHasNoFileAndCannotBeAcknowledged()
    {
        using var platform = await _data.ExchangePlatformAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await platform.GetAsync("/api/v1/preschool-exchange/runs/2147483647/file", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await platform.PostAsync("/api/v1/preschool-exchange/runs/2147483647/ack", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task AcknowledgingTwiceRecordsTheReceiptOnceAndAuditsIt()
    {
        var run = await RunAsync();
        using var platform = await _data.ExchangePlatformAsync();

        var first = await platform.PostAsync($"/api/v1/preschool-exchange/runs/{run}/ack", null, Ct);
        var stored = await app.WithDbAsync(db => db.ExchangeRuns.Where(r => r.Id == run).Select(r => r.AcknowledgedAt).SingleAsync());
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var again = await platform.PostAsync($"/api/v1/preschool-exchange/runs/{run}/ack", null, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("acknowledged").GetBoolean());
        Assert.Equal(stored, await app.WithDbAsync(db => db.ExchangeRuns.Where(r => r.Id == run).Select(r => r.AcknowledgedAt).SingleAsync()));
        var runId = run.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == "PreschoolExchangeAcknowledged" && a.EntityId == runId)));
        var listed = await ItemsAsync(await platform.GetAsync($"/api/v1/preschool-exchange/runs?after={run - 1}", Ct));
        Assert.True(listed[0].GetProperty("acknowledged").GetBoolean());
    }

    [Fact]
    public async Task ARecordIsSentAgainUntilARunCarryingItIsAcknowledged()
    {
        var preschool = await _data.InstitutionAsync("10015", "花蓮縣立重送幼兒園");
        var record = await _data.RecordAsync(await _data.TeacherAsync(preschool), preschool, Taipei(2026, 11, 24), [TagDefaults.Preschool]);
        using var platform = await _data.ExchangePlatformAsync();

        var unacknowledged = await RunAsync();
        var resent = await RunAsync();
        (await platform.PostAsync($"/api/v1/preschool-exchange/runs/{resent}/ack", null, Ct)).EnsureSuccessStatusCode();
        var afterReceipt = await RunAsync();

        Assert.Contains(record.Id, await _data.SentAsync(unacknowledged));
        Assert.Contains(record.Id, await _data.SentAsync(resent));
        Assert.DoesNotContain(record.Id, await _data.SentAsync(afterReceipt));
    }

    [Fact]
    public async Task TheSyncsFlagDecidesWhoIsAPreschoolEducatorAndTheOthersAreReportedWithTheReason()
    {
        var school = await _data.InstitutionAsync("10015", "花蓮縣立附設幼兒園國小", InstitutionType.MunicipalSchool);
        var preschool = await _data.InstitutionAsync("10015", "花蓮縣立旗標幼兒園");
        // Issued after the last run's cut-off: a run reports the records issued since the previous one.
        var issued = app.Clock.GetUtcNow().UtcDateTime.AddSeconds(1);
        var flagged = await _data.RecordAsync(await _data.TeacherAsync(school, preschoolEducator: true), school, issued, [TagDefaults.Preschool]);
        var flaggedNo = await _data.RecordAsync(await _data.TeacherAsync(preschool, preschoolEducator: false), preschool, issued, [TagDefaults.Preschool]);
        var nowhere = await _data.RecordAsync(await _data.TeacherAsync(null, preschoolEducator: true), preschool, issued, [TagDefaults.Preschool]);
        var unknown = await _data.RecordAsync($"Q9{Next():D8}", preschool, issued, [TagDefaults.Preschool]);
        var otherCourse = await _data.RecordAsync(await _data.TeacherAsync(school), school, issued, ["國際教育"]);
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var run = await RunAsync();
        var report = await app.Services.GetRequiredService<ExchangeDeliveryService>().UnsentAsync(TestUsers.Administrator, Ct);

        Assert.Contains(flagged.Id, await _data.SentAsync(run));
        Assert.Equal(run, report.RunId);
        var reasons = report.Rows.ToDictionary(r => r.StudyRecordId, r => r.Reason);
        Assert.Equal(ExchangeVerdict.NotPreschoolEducator, reasons[flaggedNo.Id]);
        Assert.Equal(ExchangeVerdict.ServingNowhere, reasons[nowhere.Id]);
        Assert.Equal(ExchangeVerdict.TeacherUnknown, reasons[unknown.Id]);
        Assert.DoesNotContain(otherCourse.Id, reasons.Keys);
        Assert.DoesNotContain(flagged.Id, reasons.Keys);
    }
}
