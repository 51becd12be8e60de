using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.Webhooks;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Webhooks;

/// <summary>
/// The app with a webhook receiver on loopback that it trusts (its self-signed certificate only), and a sender that
/// runs only when the test calls it, on a clock set to the real time so the Standard Webhooks library, which checks the
/// signature's timestamp against the wall clock, verifies what it receives.
/// </summary>
public sealed class WebhookAppFactory : ConsoleAppFactory, IAsyncLifetime
{
    public WebhookAppFactory()
        : base(kestrel: false, new Dictionary<string, string?> { ["Webhooks:AllowPrivateNetworks"] = "true", ["Webhooks:PollSeconds"] = "3600" })
    {
        Clock.SetUtcNow(DateTimeOffset.UtcNow);
    }

    public WebhookReceiver Receiver { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Receiver = await WebhookReceiver.StartAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddHttpClient(WebhookHttp.ClientName).ConfigurePrimaryHttpMessageHandler(() =>
        {
            var handler = WebhookHttp.Handler(allowPrivateNetworks: true);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == Receiver.Trusted!.GetCertHashString();
            return handler;
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await Receiver.DisposeAsync();
        await base.DisposeAsync();
    }
}
