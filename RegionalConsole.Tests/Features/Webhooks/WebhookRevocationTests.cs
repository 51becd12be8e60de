using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Features.ApiClients;
using RegionalConsole.Features.Webhooks;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Webhooks;

/// <summary>SPEC §14.3: a partner whose key is revoked reads nothing more — its webhooks stop with the key.</summary>
public sealed class WebhookRevocationTests(WebhookAppFactory app) : IClassFixture<WebhookAppFactory>
{
    [Fact]
    public async Task RevokingAKeySuspendsItsWebhooksSoNoLaterChangeIsSentToThePartner()
    {
        await EnsureOrganiserAsync(app);
        var service = app.Services.CreateScope().ServiceProvider.GetRequiredService<ApiClientService>();
        var (key, _) = await service.CreateKeyAsync("admin", new ApiClientBody("撤銷後的夥伴", false, [Organiser], null));
        using var partner = app.CreateApiClient(key!.Key);
        Assert.Equal(HttpStatusCode.Created, (await partner.PostAsJsonAsync("/api/v1/webhooks", new { url = app.Receiver.Url })).StatusCode);

        Assert.True((await service.RevokeAsync(TestUsers.Administrator, key.Id)).Done);
        await SubmitAsync(app, MixedBody());
        await app.Services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);

        Assert.Empty(app.Receiver.Requests);
        var subscription = await app.WithDbAsync(db => db.WebhookSubscriptions.SingleAsync(w => w.OwnerName == "撤銷後的夥伴"));
        Assert.Equal(WebhookState.Suspended, subscription.State);
        Assert.Equal(WebhookSuspension.KeyRevoked, subscription.SuspendedFor);
        Assert.Equal("API key revoked", subscription.SuspendedReason);
    }
}
