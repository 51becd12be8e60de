namespace RegionalConsole.Features.Webhooks;

/// <summary>Webhooks:* (SPEC §14.3).</summary>
/// <param name="AllowPrivateNetworks">Whether a webhook may point at loopback or private addresses: true only in Development by default.</param>
public sealed record WebhookOptions(bool AllowPrivateNetworks, TimeSpan Poll, TimeSpan Timeout)
{
    public static WebhookOptions From(IConfiguration configuration, IHostEnvironment environment) => new(
        configuration.GetValue("Webhooks:AllowPrivateNetworks", environment.IsDevelopment()),
        TimeSpan.FromSeconds(configuration.GetValue("Webhooks:PollSeconds", 2.0)),
        TimeSpan.FromSeconds(configuration.GetValue("Webhooks:TimeoutSeconds", 10.0)));
}
