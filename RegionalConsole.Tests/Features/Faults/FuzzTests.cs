using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Domain.Calendar.CalendarCsvFiles;

namespace RegionalConsole.Tests.Features.Faults;

/// <summary>
/// Hostile and broken input from a seeded random source (the same cases every run, a failure reproduces): course
/// bodies with mangled fields and schedule text, damaged calendar files, odd query strings. Never a 500; a refused
/// request stores nothing, an import stores its whole year or nothing.
/// </summary>
public sealed class FuzzTests(ConcurrentWritersTests.BusyApp app) : IClassFixture<ConcurrentWritersTests.BusyApp>
{
    private const int Seed = 20261125;

    private static readonly string[] Fields =
        ["externalId", "organiserCode", "title", "tags", "outline", "approvalDocNo", "delivery", "startDate", "endDate", "declaredHours", "audience", "schedule"];

    [Fact]
    public async Task MangledCourseBodiesAreAnsweredWithoutAServerErrorAndRefusedOnesStoreNothing()
    {
        var random = new Random(Seed);
        using var api = app.CreateApiClient();
        var failures = new List<string>();
        for (var i = 0; i < 80; i++)
        {
            var body = ReviewScenario.MixedBody($"模糊測試 {i}");
            var externalId = $"FUZZ-{i}";
            body["externalId"] = externalId;
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var field = Fields[random.Next(Fields.Length)];
                body[field] = field == "schedule" ? MangledSchedule(random) : Garbage(random);
            }

            body["externalId"] = body["externalId"] is string ? externalId : body["externalId"];
            var validate = await api.PostAsJsonAsync("/api/v1/courses/validate", body);
            var submit = await api.PostAsJsonAsync("/api/v1/courses", body);
            var stored = await app.WithDbAsync(db => db.Courses.CountAsync(c => c.ExternalId == externalId));
            if (validate.StatusCode >= HttpStatusCode.InternalServerError || submit.StatusCode >= HttpStatusCode.InternalServerError)
            {
                failures.Add($"#{i}: {(int)validate.StatusCode}/{(int)submit.StatusCode} {System.Text.Json.JsonSerializer.Serialize(body)}");
            }
            else if ((submit.StatusCode == HttpStatusCode.Created) != (stored == 1) || stored > 1)
            {
                failures.Add($"#{i}: {(int)submit.StatusCode} but {stored} stored");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task DamagedCalendarFilesAreAnsweredWithoutAServerErrorAndStoreAWholeYearOrNothing()
    {
        var random = new Random(Seed);
        using var api = app.CreateApiClient();
        var failures = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var year = 2031 + (i % 3);
            var lines = GeneratedYear(year).Split('\n').ToList();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var at = random.Next(lines.Count);
                lines[at] = random.Next(5) switch
                {
                    0 => lines[at].Replace(',', ';'),
                    1 => lines[at][..random.Next(lines[at].Length + 1)],
                    2 => RandomText(random, random.Next(0, 40)),
                    3 => string.Join(',', lines[at].Split(',').Reverse()),
                    _ => lines[at] + "," + RandomText(random, 5),
                };
            }

            var before = await DaysOfAsync(year);
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
            content.Headers.ContentType = new("text/csv");
            var response = await api.PostAsync("/api/v1/calendar/import", content);
            var after = await DaysOfAsync(year);
            var wholeYear = DateTime.IsLeapYear(year) ? 366 : 365;
            if (response.StatusCode >= HttpStatusCode.InternalServerError)
            {
                failures.Add($"#{i}: {(int)response.StatusCode}");
            }
            else if (after != before && after != wholeYear)
            {
                failures.Add($"#{i}: {(int)response.StatusCode} left {after} days of {year}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task OddQueryStringsOnPagesAndTheApiAreAnsweredWithoutAServerError()
    {
        var random = new Random(Seed);
        using var page = app.CreateClient(new() { AllowAutoRedirect = false });
        await page.GetAsync("/dev-signin?as=admin");
        using var api = app.CreateApiClient();
        string[] paths = ["/", "/queues/course", "/queues/tag", "/queues/" + Segment(random, 6), "/calendar", "/tags", "/profile", "/admin/terms",
            "/reviews/2147483647", "/courses/" + Segment(random, 12)];
        string[] names = ["centre", "county", "month", "status", "page", "sort", "returnUrl", "as", "q"];
        var failures = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            var query = string.Join('&', Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
                $"{names[random.Next(names.Length)]}={Uri.EscapeDataString(Garbage(random)?.ToString() ?? "")}"));
            var pagePath = $"{paths[random.Next(paths.Length)]}?{query}";
            var apiPath = random.Next(2) == 0
                ? $"/api/v1/calendar/review-due?submittedAt={Uri.EscapeDataString(RandomText(random, 25))}&centre={Uri.EscapeDataString(RandomText(random, 5))}"
                : $"/api/v1/courses/{Segment(random, 10)}?{query}";
            foreach (var (client, path) in new[] { (page, pagePath), (api, apiPath) })
            {
                var response = await client.GetAsync(path);
                if (response.StatusCode >= HttpStatusCode.InternalServerError)
                {
                    failures.Add($"{path}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private Task<int> DaysOfAsync(int year) => app.WithDbAsync(db =>
        db.CalendarDays.CountAsync(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31)));

    private static object MangledSchedule(Random random) => Enumerable.Range(0, random.Next(0, 5)).Select(_ => new Dictionary<string, object?>
    {
        ["date"] = random.Next(3) == 0 ? Garbage(random) : $"2026-12-{random.Next(-1, 35):00}",
        ["start"] = random.Next(3) == 0 ? Garbage(random) : $"{random.Next(-1, 26):00}:{random.Next(0, 70):00}",
        ["end"] = random.Next(3) == 0 ? Garbage(random) : $"{random.Next(-1, 26):00}:{random.Next(0, 70):00}",
        ["activity"] = random.Next(2) == 0 ? Garbage(random) : RandomText(random, random.Next(0, 300)),
    }).ToArray();

    /// <summary>A value of a random kind: text of any script and length, numbers at the edges, null, arrays, objects.</summary>
    private static object? Garbage(Random random) => random.Next(9) switch
    {
        0 => null,
        1 => RandomText(random, random.Next(0, 20)),
        2 => RandomText(random, random.Next(500, 5000)),
        3 => random.Next(3) switch { 0 => int.MinValue, 1 => long.MaxValue, _ => -0.0001 },
        4 => 1e308,
        5 => new[] { RandomText(random, 3), RandomText(random, 3) },
        6 => new Dictionary<string, object?> { [RandomText(random, 4)] = RandomText(random, 4) },
        7 => random.Next(2) == 0,
        _ => "2026-02-30",
    };

    /// <summary>A path segment: the test server refuses a NUL in a path before the app sees it (Kestrel answers 400).</summary>
    private static string Segment(Random random, int length) => Uri.EscapeDataString(RandomText(random, length).Replace("\0", "", StringComparison.Ordinal));

    private static string RandomText(Random random, int length)
    {
        const string Alphabet = "aZ09 -_:/.,;'\"\\<>&%#{}[]\t\n\r\u0000\u200B\uFEFF課程研習第場次（）：臺北市；、。國教署🙂";
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(char.IsSurrogate(Alphabet[^1]) && random.Next(40) == 0 ? "🙂" : Alphabet[random.Next(Alphabet.Length - 2)].ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
