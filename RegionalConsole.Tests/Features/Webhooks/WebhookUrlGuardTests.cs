using System.Net;
using System.Net.Http.Json;
using RegionalConsole.Features.Webhooks;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Webhooks;

/// <summary>With Webhooks:AllowPrivateNetworks=false the console refuses to be a way into its own network (SPEC §14.3).</summary>
public sealed class WebhookUrlGuardTests(WebhookUrlGuardTests.GuardedApp app) : IClassFixture<WebhookUrlGuardTests.GuardedApp>
{
    public sealed class GuardedApp() : ConsoleAppFactory(kestrel: false, new Dictionary<string, string?> { ["Webhooks:AllowPrivateNetworks"] = "false" });

    [Theory]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://10.0.0.8/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hook")]
    [InlineData("http://partner.example.org/hook")]
    public async Task ALoopbackPrivateOrPlainHttpUrlIsRefusedAndNothingStored(string url)
    {
        using var api = app.CreateApiClient();

        await ApiAssertions.AssertValidationProblemAsync(await api.PostAsJsonAsync("/api/v1/webhooks", new { url }), "url");

        Assert.Equal(0, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.WebhookSubscriptions)));
    }

    [Fact]
    public async Task ADeliveryToAHostThatNowResolvesToLoopbackIsRefusedAtConnection()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var client = new HttpClient(WebhookHttp.Handler(allowPrivateNetworks: false));

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(receiver.Url, new StringContent("{}")));

        Assert.Contains("address refused", refused.Message, StringComparison.Ordinal);
        Assert.Empty(receiver.Requests);
    }
}
