using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Schedule;
using RegionalConsole.Features.Calendar;
using RegionalConsole.Features.Tags;
using RegionalConsole.Features.Terms;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Features.Courses;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.MultiNode;

/// <summary>
/// The calendar, term lists and tag registry each node caches: a change made on the first node reaches what the second
/// computes within a couple of seconds, not at its next restart. The test clock stands still, so no cache expires here.
/// </summary>
public sealed class SharedStateOnTwoNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private const string OnlyOnPostgres = "Several nodes need PostgreSQL: set RC_TEST_POSTGRES (./test.sh does) to run this.";
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(3);

    /// <summary>Submitted Wednesday 2026-11-25: due Monday 11-30, or Tuesday 12-01 when Friday 11-27 is closed.</summary>
    private static readonly DateOnly Friday = new(2026, 11, 27);

    public static bool OnPostgres => TestDatabase.IsPostgres;

    [Fact(Skip = OnlyOnPostgres, SkipUnless = nameof(OnPostgres))]
    public async Task ATyphoonDayEnteredOnOneNodeMovesTheDueDatesTheOtherComputes()
    {
        var before = await DueOnSecondAsync("10017");

        await using var scope = nodes.First.Services.CreateAsyncScope();
        var closure = await scope.ServiceProvider.GetRequiredService<ClosureService>().AddAsync(TestUsers.Administrator, "10017", Friday, "颱風");

        Assert.True(closure.Succeeded, closure.Error.ToString());
        Assert.Equal("2026-11-30", before);
        Assert.Equal("2026-12-01", await SoonAsync(() => DueOnSecondAsync("10017"), "2026-12-01"));
    }

    [Fact(Skip = OnlyOnPostgres, SkipUnless = nameof(OnPostgres))]
    public async Task ATermAddedOnOneNodeClassifiesTheOthersChecks()
    {
        var term = "甲乙丙" + Guid.NewGuid().ToString("N")[..6];
        var before = await ClassificationOnSecondAsync(term);

        await using var scope = nodes.First.Services.CreateAsyncScope();
        var added = await scope.ServiceProvider.GetRequiredService<TermAdminService>()
            .AddAsync(TestUsers.Administrator, ScheduleTerm.Excluded, ExcludedCategory.TeaBreak, term);

        Assert.True(added.Done, added.Error);
        Assert.NotEqual("Excluded", before);
        Assert.Equal("Excluded", await SoonAsync(() => ClassificationOnSecondAsync(term), "Excluded"));
    }

    [Fact(Skip = OnlyOnPostgres, SkipUnless = nameof(OnPostgres))]
    public async Task ATagActivatedOnOneNodeIsAcceptedByTheOthersChecks()
    {
        var name = "海洋教育" + Guid.NewGuid().ToString("N")[..6];
        await using var scope = nodes.First.Services.CreateAsyncScope();
        var tags = scope.ServiceProvider.GetRequiredService<TagAdminService>();
        var id = (await tags.ProposeAsync(TestUsers.Administrator, new TagProposal(name, null, "測試單位"))).TagId!.Value;
        Assert.True((await tags.DefineAsync(TestUsers.Administrator, id, new TagDefinitionInput(null, $"以{name}為主題之教師研習。", [], [], []))).Succeeded);
        var before = await TagRefusedOnSecondAsync(name);

        Assert.True((await tags.ActivateAsync(TestUsers.Administrator, id, new DateOnly(2026, 12, 1))).Succeeded);

        Assert.True(before, "a defined tag is not yet usable");
        Assert.False(await SoonAsync(() => TagRefusedOnSecondAsync(name), false));
    }

    [Fact(Skip = OnlyOnPostgres, SkipUnless = nameof(OnPostgres))]
    public async Task ANodeThatListensAgainDropsWhatItCachedForItMayHaveMissedNotices()
    {
        var before = await DueOnSecondAsync("10018");
        await nodes.First.WithDbAsync(db =>
        {
            // Stored without a notice, as if the second node had not been listening when it was sent.
            db.CountyClosures.Add(new CountyClosure { CountyCode = "10018", Date = Friday, Reason = "颱風" });
            return db.SaveChangesAsync();
        });
        var stillCached = await DueOnSecondAsync("10018");

        await nodes.First.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'"));

        Assert.Equal(("2026-11-30", "2026-11-30"), (before, stillCached));
        Assert.Equal("2026-12-01", await SoonAsync(() => DueOnSecondAsync("10018"), "2026-12-01", TimeSpan.FromSeconds(10)));
    }

    /// <summary>Reads until the answer is <paramref name="expected"/> or time is up; answers the last read.</summary>
    private static async Task<T> SoonAsync<T>(Func<Task<T>> read, T expected, TimeSpan? patience = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var answer = await read();
        while (!EqualityComparer<T>.Default.Equals(answer, expected) && watch.Elapsed < (patience ?? Soon))
        {
            await Task.Delay(100);
            answer = await read();
        }

        return answer;
    }

    private async Task<string?> DueOnSecondAsync(string centre)
    {
        using var api = nodes.Second.CreateApiClient();
        var answer = await api.GetFromJsonAsync<JsonElement>($"/api/v1/calendar/review-due?submittedAt=2026-11-25T10:00:00%2B08:00&centre={centre}");
        return answer.GetProperty("dueDate").GetString();
    }

    private async Task<string?> ClassificationOnSecondAsync(string activity)
    {
        var body = (await CourseOnSecondAsync()).With("schedule", new object[]
        {
            new { date = "2026-12-01", start = "09:00", end = "12:00", activity = "專題演講" },
            new { date = "2026-12-01", start = "12:00", end = "12:30", activity },
        });
        var answer = await ValidateOnSecondAsync(body);
        return answer.GetProperty("segments")[1].GetProperty("classification").GetString();
    }

    private async Task<bool> TagRefusedOnSecondAsync(string tag)
    {
        var answer = await ValidateOnSecondAsync((await CourseOnSecondAsync()).With("tags", new[] { tag }));
        return answer.GetProperty("checks").EnumerateArray()
            .Any(c => c.GetProperty("code").GetString() == CheckCodes.TagNotActive && c.GetProperty("tag").GetString() == tag);
    }

    private async Task<Dictionary<string, object?>> CourseOnSecondAsync()
    {
        var organiser = await nodes.Second.WithDbAsync(db => db.Institutions.Where(i => i.CentreCode != null).Select(i => i.Code).FirstAsync());
        return CourseBodies.Valid(organiser, title: "跨文化課程設計工作坊（第1場）");
    }

    private async Task<JsonElement> ValidateOnSecondAsync(Dictionary<string, object?> body)
    {
        using var api = nodes.Second.CreateApiClient();
        var response = await api.PostAsJsonAsync("/api/v1/courses/validate", body);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, answer.ToString());
        return answer;
    }
}
