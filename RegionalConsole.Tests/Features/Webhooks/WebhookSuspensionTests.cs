using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.Webhooks;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Webhooks;

/// <summary>
/// SPEC §14.3: a subscription that keeps failing is suspended and its owner sees why. Its own host: the test moves the
/// clock by days, past what the signature check of the other webhook tests tolerates.
/// </summary>
public sealed class WebhookSuspensionTests(WebhookAppFactory app) : IClassFixture<WebhookAppFactory>
{
    [Fact]
    public async Task AReceiverThatKeepsFailingForADayGetsItsSubscriptionSuspendedWithTheReason()
    {
        using var api = app.CreateApiClient();
        await EnsureOrganiserAsync(app);
        var created = await (await api.PostAsJsonAsync("/api/v1/webhooks", new { url = app.Receiver.Url })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        app.Receiver.FailuresLeft = int.MaxValue;
        await SubmitAsync(app, MixedBody());

        for (var attempt = 0; attempt < 10; attempt++)
        {
            await app.Services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);
            app.Clock.Advance(TimeSpan.FromHours(10));
        }

        var state = (await api.GetFromJsonAsync<JsonElement>("/api/v1/webhooks")).GetProperty("items").EnumerateArray().Single();
        Assert.Equal("Suspended", state.GetProperty("state").GetString());
        Assert.Equal("DeliveriesFailed", state.GetProperty("suspendedFor").GetString());
        Assert.Contains("HTTP 500", state.GetProperty("suspendedReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(8, app.Receiver.Requests.Count);
    }
}
