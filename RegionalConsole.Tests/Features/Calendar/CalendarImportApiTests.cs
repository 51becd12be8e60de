using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Domain.Calendar.CalendarCsvFiles;

namespace RegionalConsole.Tests.Features.Calendar;

/// <summary>POST /api/v1/calendar/import (SPEC §10): a good file is imported whole, a bad one changes nothing.</summary>
public sealed class CalendarImportApiTests : IClassFixture<ConsoleAppFactory>
{
    private const string ImportUrl = "/api/v1/calendar/import";
    private readonly ConsoleAppFactory _app;

    public CalendarImportApiTests(ConsoleAppFactory app) => _app = app;

    [Fact]
    public async Task ABig5FileWithCrlfLineEndsImportsItsYear()
    {
        var response = await PostAsync(ReadAll(Big5(Crlf(GeneratedYear(2028)))));

        var answer = await AssertOkAsync(response);
        var year = answer.GetProperty("years").EnumerateArray().Single();
        Assert.Equal(2028, year.GetProperty("year").GetInt32());
        Assert.Equal(366, year.GetProperty("days").GetInt32());
        Assert.False(year.GetProperty("replaced").GetBoolean());
        Assert.Equal(366, await DaysStoredAsync(2028));
    }

    [Fact]
    public async Task AUtf8FileWithABomImportsItsYear()
    {
        var response = await PostAsync(ReadAll(Utf8(Crlf(GeneratedYear(2029)), bom: true)));

        await AssertOkAsync(response);
        Assert.Equal(365, await DaysStoredAsync(2029));
    }

    [Fact]
    public async Task AnImportedYearIsUsedForDueDatesAtOnce()
    {
        await AssertOkAsync(await PostAsync(Encoding.UTF8.GetBytes(GeneratedYear(2030))));

        using var api = _app.CreateApiClient();
        var due = await api.GetFromJsonAsync<JsonElement>("/api/v1/calendar/review-due?submittedAt=2030-06-05T10:00:00%2B08:00&centre=63000");
        Assert.Equal("2030-06-10", due.GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task ReimportingAStoredYearReplacesItsDays()
    {
        // A revised calendar: Friday 2026-11-27 becomes a day off.
        var revised = WithLine(Shipped(2026), LineOf(new DateOnly(2026, 11, 27)), Row(new DateOnly(2026, 11, 27), "2", "補假") + "\r");

        var answer = await AssertOkAsync(await PostAsync(Encoding.UTF8.GetBytes(revised)));

        Assert.True(answer.GetProperty("years")[0].GetProperty("replaced").GetBoolean());
        Assert.Equal(365, await DaysStoredAsync(2026));
        var day = await _app.WithDbAsync(db => db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2026, 11, 27)));
        Assert.True(day.IsOff);
        Assert.Equal("補假", day.Note);
    }

    [Fact]
    public async Task ReimportingAYearMovesTheOpenItemsOfEveryCentreAndSaysWhy()
    {
        // Submitted Wednesday 12-02: due Monday 12-07, or Tuesday 12-08 once Thursday 12-03 is off.
        var submitted = new DateOnly(2026, 12, 2);
        var national = await OpenItems.AddAsync(_app, "NATIONAL", submitted);
        var county = await OpenItems.AddAsync(_app, "66000", submitted);
        var revised = WithLine(Shipped(2026), LineOf(new DateOnly(2026, 12, 3)), Row(new DateOnly(2026, 12, 3), "2", "補假") + "\r");

        var answer = await AssertOkAsync(await PostAsync(Encoding.UTF8.GetBytes(revised)));

        Assert.True(answer.GetProperty("movedReviewItems").GetInt32() >= 2);
        foreach (var id in new[] { national, county })
        {
            Assert.Equal(new DateOnly(2026, 12, 8), (await OpenItems.GetAsync(_app, id)).DueDate);
            Assert.Equal("重新匯入 2026 年辦公日曆（取代原資料）", (await OpenItems.AuditOfAsync(_app, id))[^1].Reason);
        }
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheCsvBody()
    {
        using var client = _app.CreateClient();
        var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        var operation = json.GetProperty("paths").GetProperty("/api/v1/calendar/import").GetProperty("post");
        Assert.True(operation.GetProperty("requestBody").GetProperty("content").TryGetProperty("text/csv", out _));
    }

    public static TheoryData<string, string, int> MalformedFiles => new()
    {
        { "bad date", WithLine(Shipped(2026), 6, "2026010x,一,0,\r"), 6 },
        { "wrong columns", WithLine(Shipped(2026), 1, "日期,星期,是否放假,備註\r"), 1 },
        { "missing days", WithoutLine(Shipped(2026), 100), 100 },
        { "mixed years", WithLine(Shipped(2026), 366, Row(new DateOnly(2027, 1, 1), "2", "開國紀念日") + "\r"), 366 },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task AMalformedFileIsRefusedWithItsLineNumbersAndNothingChanges(string problem, string csv, int line)
    {
        var before = await SnapshotAsync();

        var response = await PostAsync(Encoding.UTF8.GetBytes(csv));

        var body = await ApiAssertions.AssertValidationProblemAsync(response, "body");
        Assert.Contains(line, body.GetProperty("lines").EnumerateArray().Select(l => l.GetInt32()));
        Assert.Contains($"第 {line} 行", body.GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);
        Assert.True(before == await SnapshotAsync(), $"The calendar changed after a refused file ({problem}).");
    }

    [Fact]
    public async Task APartnerKeyMayNotImportAndNothingChanges()
    {
        using var admin = _app.CreateApiClient();
        var created = await admin.PostAsJsonAsync("/api/v1/api-clients", new { name = "縣市校務系統", countyCode = "10002" });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        var before = await SnapshotAsync();

        var response = await PostAsync(Encoding.UTF8.GetBytes(GeneratedYear(2031)), key);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await DaysStoredAsync(2031));
        Assert.True(before == await SnapshotAsync());
    }

    [Fact]
    public async Task ABodyThatIsNotCsvIsRefused()
    {
        using var api = _app.CreateApiClient();
        var response = await api.PostAsJsonAsync(ImportUrl, new { year = 2032 });

        await ApiAssertions.AssertValidationProblemAsync(response, "body");
        Assert.Equal(0, await DaysStoredAsync(2032));
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string? key = ConsoleAppFactory.BootstrapKey)
    {
        using var api = _app.CreateApiClient(key);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("text/csv");
        return await api.PostAsync(ImportUrl, content);
    }

    private static async Task<JsonElement> AssertOkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private Task<int> DaysStoredAsync(int year) =>
        _app.WithDbAsync(db => db.CalendarDays.CountAsync(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31)));

    /// <summary>Every stored day, and how many audit entries there are.</summary>
    private Task<(string Days, int Audit)> SnapshotAsync() => _app.WithDbAsync(async db =>
    {
        var days = await db.CalendarDays.OrderBy(d => d.Date).Select(d => new { d.Date, d.IsOff, d.Note }).ToListAsync();
        return (string.Join(";", days), await db.AuditLog.CountAsync());
    });

    /// <summary>The 1-based line of a date in a shipped file: the header is line 1, January 1 line 2.</summary>
    private static int LineOf(DateOnly date) => date.DayOfYear + 1;

    private static string Crlf(string text) => text.Replace("\n", "\r\n", StringComparison.Ordinal);

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
