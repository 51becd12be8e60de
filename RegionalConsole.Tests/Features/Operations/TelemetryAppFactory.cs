using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.Mail;
using RegionalConsole.Features.Operations;
using RegionalConsole.Features.Webhooks;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Operations;

/// <summary>
/// The console on an empty database (no demo data, so every figure is the test's doing) with the Prometheus scrape on,
/// over real HTTP on loopback (the scrape is answered by the caller's address). The mail and webhook senders run only
/// when a test calls them; both point at a closed port, so every attempt fails.
/// </summary>
public class TelemetryAppFactory : ConsoleAppFactory
{
    public const string ClosedPort = "9";

    public TelemetryAppFactory()
        : this(null)
    {
    }

    internal TelemetryAppFactory(IDictionary<string, string?>? settings)
        : base(kestrel: true, Settings(settings))
    {
    }

    public async Task<PrometheusText> ScrapeAsync(string path = "/metrics", string? token = null)
    {
        using var response = await GetAsync(path, token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return new PrometheusText(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A GET over real HTTP from loopback, as a scraper on the node itself sends it.</summary>
    public async Task<HttpResponseMessage> GetAsync(string path, string? token = null)
    {
        StartServer();
        using var client = CreateApiClient(key: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    public OperationsFigures Figures => Services.GetRequiredService<OperationsFigures>();

    public OutboxSender MailSender => Services.GetRequiredService<OutboxSender>();

    public WebhookSender WebhookSender => Services.GetRequiredService<WebhookSender>();

    private static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Demo:Seed"] = "false",
            ["Telemetry:Prometheus:Enabled"] = "true",
            ["Mail:Smtp:Host"] = IPAddress.Loopback.ToString(),
            ["Mail:Smtp:Port"] = ClosedPort,
            ["Mail:Smtp:From"] = "console@example.edu.tw",
            ["Mail:PollMilliseconds"] = "3600000",
            ["Mail:Digest:Enabled"] = "false",
            ["Webhooks:AllowPrivateNetworks"] = "true",
            ["Webhooks:PollSeconds"] = "3600",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }
}
