using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Domain.Review;
using RegionalConsole.Features.Webhooks;
using RegionalConsole.Tests.Support;
using StandardWebhooks;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Webhooks;

/// <summary>SPEC §14.3: changes reach a partner's https endpoint signed by the Standard Webhooks scheme, in order, retried.</summary>
public sealed class WebhookDeliveryTests(WebhookAppFactory app) : IClassFixture<WebhookAppFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await EnsureOrganiserAsync(app);
        // Each test has the receiver to itself: earlier tests' subscriptions are gone.
        using var api = app.CreateApiClient();
        foreach (var hook in (await api.GetFromJsonAsync<JsonElement>("/api/v1/webhooks")).GetProperty("items").EnumerateArray())
        {
            await api.DeleteAsync($"/api/v1/webhooks/{hook.GetProperty("id").GetInt32()}");
        }

        app.Receiver.Requests.Clear();
        app.Receiver.FailuresLeft = 0;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<(int Id, string Secret)> SubscribeAsync(HttpClient api, params string[] events)
    {
        var response = await api.PostAsJsonAsync("/api/v1/webhooks", new { url = app.Receiver.Url, events = events.Length == 0 ? null : events });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetInt32(), created.GetProperty("secret").GetString()!);
    }

    private Task<int> SendAsync() => app.Services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);

    private async Task<JsonElement> StateAsync(HttpClient api, int id) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/v1/webhooks")).GetProperty("items").EnumerateArray().Single(h => h.GetProperty("id").GetInt32() == id);

    [Fact]
    public async Task AChangeArrivesAsTheFeedItemSignedSoTheStandardWebhooksLibraryVerifiesIt()
    {
        using var api = app.CreateApiClient();
        var (_, secret) = await SubscribeAsync(api);
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        var (courseNo, _) = await SubmitAsync(app, MixedBody());

        Assert.Equal(1, await SendAsync());

        var received = Assert.Single(app.Receiver.Requests);
        new StandardWebhook(secret).Verify(received.Body, received.Headers);
        var item = JsonSerializer.Deserialize<JsonElement>(received.Body);
        Assert.Equal("CourseSubmitted", item.GetProperty("type").GetString());
        Assert.Equal(courseNo, item.GetProperty("courseNo").GetString());
        Assert.Equal(item.GetProperty("cursor").GetString(), received.Headers["webhook-id"].ToString());
        Assert.Equal("Open", item.GetProperty("course").GetProperty("review").GetProperty("state").GetString());
    }

    [Fact]
    public async Task AFailedDeliveryIsRetriedAndTheCoursesLaterChangeWaitsBehindIt()
    {
        using var api = app.CreateApiClient();
        var (id, secret) = await SubscribeAsync(api);
        app.Receiver.FailuresLeft = 1;
        var (courseNo, itemId) = await SubmitAsync(app, MixedBody());
        await DecideAsync(app, "reviewer-63000-1", itemId, ReviewDecision.Return("請補正課程表。"));

        Assert.Equal(0, await SendAsync());
        var failing = await StateAsync(api, id);
        Assert.Equal(2, failing.GetProperty("backlog").GetInt32());
        Assert.Equal("HTTP 500", failing.GetProperty("lastFailureReason").GetString());
        Assert.Equal(0, await SendAsync()); // not yet due: the back-off waits 5 s
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(2, await SendAsync());

        var requests = app.Receiver.Requests.ToList();
        Assert.Equal([500, 204, 204], requests.Select(r => r.AnsweredStatus));
        var delivered = requests.Skip(1).Select(r =>
        {
            new StandardWebhook(secret).Verify(r.Body, r.Headers);
            return JsonSerializer.Deserialize<JsonElement>(r.Body);
        }).ToList();
        Assert.Equal(["CourseSubmitted", "CourseDecided"], delivered.Select(d => d.GetProperty("type").GetString()));
        Assert.All(delivered, d => Assert.Equal(courseNo, d.GetProperty("courseNo").GetString()));
        var recovered = await StateAsync(api, id);
        Assert.Equal(0, recovered.GetProperty("backlog").GetInt32());
        Assert.Equal("Active", recovered.GetProperty("state").GetString());
        Assert.NotEqual(JsonValueKind.Null, recovered.GetProperty("lastSuccessAt").ValueKind);
    }

    [Fact]
    public async Task ASubscriptionGetsOnlyTheEventsItAskedFor()
    {
        using var api = app.CreateApiClient();
        await SubscribeAsync(api, "CourseDecided");
        var (_, itemId) = await SubmitAsync(app, MixedBody());
        await DecideAsync(app, "reviewer-63000-1", itemId, ReviewDecision.Return("請補正課程表。"));

        await SendAsync();

        var received = Assert.Single(app.Receiver.Requests);
        Assert.Equal("CourseDecided", JsonSerializer.Deserialize<JsonElement>(received.Body).GetProperty("type").GetString());
    }

    [Fact]
    public async Task AKeySeesAndDeletesOnlyItsOwnSubscriptions()
    {
        using var owner = app.CreateApiClient();
        var (id, _) = await SubscribeAsync(owner);
        using var other = app.CreateApiClient(await OtherKeyAsync(owner));

        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/v1/webhooks")).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Empty((await owner.GetFromJsonAsync<JsonElement>("/api/v1/webhooks")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task TheSecretIsShownOnceAndNeverListed()
    {
        using var api = app.CreateApiClient();
        var (id, secret) = await SubscribeAsync(api);

        var listed = await api.GetStringAsync("/api/v1/webhooks");

        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", (await StateAsync(api, id)).EnumerateObject().Select(p => p.Name));
    }

    private static async Task<string> OtherKeyAsync(HttpClient admin)
    {
        var created = await (await admin.PostAsJsonAsync("/api/v1/api-clients",
            new { name = $"hook-{Guid.NewGuid():N}"[..20], isAdministrator = false, institutionCodes = new[] { Organiser } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        return created.GetProperty("key").GetString()!;
    }
}
