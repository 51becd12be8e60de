using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Features.Queues;
using RegionalConsole.Tests.Features.Queues;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Faults;

/// <summary>
/// Fifty partner systems at once, and reviewers claiming while they submit: on SQLite every writer waits its turn
/// (busy timeout, immediate transactions) rather than failing, and every accepted submission is stored exactly once.
/// </summary>
public sealed class ConcurrentWritersTests(ConcurrentWritersTests.BusyApp app) : IClassFixture<ConcurrentWritersTests.BusyApp>
{
    private const int Clients = 50;

    [Fact]
    public async Task OnSqliteEveryConnectionTheAppOpensLetsSqliteWaitForABusyDatabase()
    {
        Assert.SkipWhen(TestDatabase.IsPostgres, "PostgreSQL waits for row locks itself.");

        var timeout = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });

        Assert.Equal(RegionalConsole.Data.SqliteBusyTimeout.Milliseconds, timeout);
    }

    [Fact]
    public async Task FiftyClientsSubmittingAtOnceHaveEveryCourseStoredOnce()
    {
        var bodies = Enumerable.Range(0, Clients).Select(_ => Body()).ToList();

        var responses = await Task.WhenAll(bodies.Select(body => SubmitAsync(body, idempotencyKey: null)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.Status));
        Assert.Equal(Clients, responses.Select(r => r.CourseNo).Distinct().Count());
        var externalIds = bodies.Select(b => (string)b["externalId"]!).ToList();
        Assert.Equal(Clients, await app.WithDbAsync(db => db.Courses.CountAsync(c => externalIds.Contains(c.ExternalId!))));
        Assert.Equal(Clients, await app.WithDbAsync(db => db.ReviewItems.CountAsync(i => externalIds.Contains(i.Course!.ExternalId!))));
    }

    [Fact]
    public async Task FiftyClientsEachRetryingWithTheirIdempotencyKeyHaveEachCourseStoredOnce()
    {
        var bodies = Enumerable.Range(0, Clients).Select(_ => (Body(), Key: Guid.NewGuid().ToString("N"))).ToList();

        // Every client sends its request three times at once, as a client does whose connection timed out.
        var responses = await Task.WhenAll(bodies.SelectMany(b => Enumerable.Repeat(b, 3)).Select(b => SubmitAsync(b.Item1, b.Key)));

        Assert.All(responses, r => Assert.True(r.Status is HttpStatusCode.Created or HttpStatusCode.Conflict, r.Status.ToString()));
        var externalIds = bodies.Select(b => (string)b.Item1["externalId"]!).ToList();
        var stored = await app.WithDbAsync(db => db.Courses.Where(c => externalIds.Contains(c.ExternalId!)).Select(c => c.CourseNo).ToListAsync());
        Assert.Equal(Clients, stored.Count);
        Assert.Equal(stored.Order(), responses.Where(r => r.Status == HttpStatusCode.Created).Select(r => r.CourseNo).Distinct().Order());
    }

    [Fact]
    public async Task FiftyClientsRetryingWithoutKeysAreHeldToOneCoursePerExternalId()
    {
        var bodies = Enumerable.Range(0, Clients / 5).Select(_ => Body()).ToList();

        var responses = await Task.WhenAll(bodies.SelectMany(b => Enumerable.Repeat(b, 5)).Select(b => SubmitAsync(b, idempotencyKey: null)));

        Assert.All(responses, r => Assert.True(r.Status is HttpStatusCode.Created or HttpStatusCode.Conflict, r.Status.ToString()));
        Assert.Equal(bodies.Count, responses.Count(r => r.Status == HttpStatusCode.Created));
        var externalIds = bodies.Select(b => (string)b["externalId"]!).ToList();
        Assert.Equal(bodies.Count, await app.WithDbAsync(db => db.Courses.CountAsync(c => externalIds.Contains(c.ExternalId!))));
    }

    [Fact]
    public async Task ReviewersClaimingWhilePartnersSubmitLoseNoWrite()
    {
        var data = new QueueData(app);
        var items = new List<int>();
        for (var i = 0; i < 30; i++)
        {
            items.Add((await data.AddAsync("63000", new DateTime(2026, 11, 23, 9, 0, 0))).Id);
        }

        var reviewers = new[] { await data.UserAsync("reviewer-63000-1"), await data.UserAsync("reviewer-63000-2") };
        var claims = items.Select((id, n) => Task.Run(() => data.Service.ClaimAsync(reviewers[n % 2], id)));
        var submissions = Enumerable.Range(0, 20).Select(_ => SubmitAsync(Body(), idempotencyKey: null));

        var claimed = await Task.WhenAll(claims);
        var submitted = await Task.WhenAll(submissions);

        Assert.All(claimed, c => Assert.Equal(AssignmentStatus.Done, c.Status));
        Assert.All(submitted, s => Assert.Equal(HttpStatusCode.Created, s.Status));
        Assert.Equal(items.Count, await app.WithDbAsync(db => db.ReviewItems.CountAsync(i => items.Contains(i.Id) && i.AssigneeId != null)));
        Assert.Equal(items.Count, await app.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == "ReviewClaimed")));
    }

    private static Dictionary<string, object?> Body() => ReviewScenario.MixedBody($"併發送審測試 {Guid.NewGuid():N}");

    private async Task<(HttpStatusCode Status, string? CourseNo)> SubmitAsync(Dictionary<string, object?> body, string? idempotencyKey)
    {
        using var api = app.CreateApiClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/courses") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var response = await api.SendAsync(request);
        var courseNo = response.StatusCode == HttpStatusCode.Created
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("courseNo").GetString()
            : null;
        return (response.StatusCode, courseNo);
    }

    /// <summary>The app with the Taipei organiser of <see cref="ReviewScenario"/> and no rate limit in the way.</summary>
    public sealed class BusyApp() : ConsoleAppFactory(kestrel: false, settings: new Dictionary<string, string?> { ["Api:RateLimitPerMinute"] = "100000" }), IAsyncLifetime
    {
        public async ValueTask InitializeAsync() => await ReviewScenario.EnsureOrganiserAsync(this);
    }
}
