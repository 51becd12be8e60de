using System.Net;
using RegionalConsole.Features.Exports;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Exports;

/// <summary>A node runs a few heavy exports at once; the rest are told to come back (429 with Retry-After).</summary>
public sealed class HeavyExportLimitTests
{
    [Fact]
    public async Task With_one_export_at_a_time_and_none_waiting_exports_started_together_are_partly_refused_with_retry_after()
    {
        using var app = new ConsoleAppFactory(kestrel: false, new Dictionary<string, string?>
        {
            ["Exports:ConcurrentPerNode"] = "1",
            ["Exports:QueuedPerNode"] = "0",
        });
        using var client = await ExportClient.SignedInAsync(app, "admin");

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            client.GetAsync(new Uri("/exports/statistics.xlsx?year=115", UriKind.Relative), TestContext.Current.CancellationToken)));

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        var refused = Assert.Single(answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).Take(1));
        Assert.Equal(TimeSpan.FromSeconds(HeavyExportLimit.RetryAfterSeconds), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("匯出", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_room_to_wait_every_export_started_together_is_delivered()
    {
        using var app = new ConsoleAppFactory(kestrel: false, new Dictionary<string, string?>
        {
            ["Exports:ConcurrentPerNode"] = "1",
            ["Exports:QueuedPerNode"] = "8",
        });
        using var client = await ExportClient.SignedInAsync(app, "admin");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            client.GetAsync(new Uri("/exports/statistics.xlsx?year=115", UriKind.Relative), TestContext.Current.CancellationToken)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }
}
