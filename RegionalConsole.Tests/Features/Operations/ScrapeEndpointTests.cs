using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RegionalConsole.Features.Operations;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Operations;

/// <summary>
/// The Prometheus scrape endpoint: there only when enabled, answered only to the configured networks (loopback by
/// default) and, when a token is configured, only with it. With nothing configured no OpenTelemetry runs at all.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class ScrapeEndpointTests
{
    private const string Token = "scrape-token-0123456789abcdefghijklmnop";

    [Fact]
    public async Task WithTelemetryOffThereIsNoScrapeEndpointNoProviderAndNoGaugeEverRead()
    {
        await using var app = new ConsoleAppFactory(kestrel: true, new Dictionary<string, string?> { ["Demo:Seed"] = "false" });
        app.StartServer();
        var ownMeters = app.Services.GetRequiredService<IMeterFactory>();
        var observed = new List<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Scope == ownMeters && instrument.Meter.Name == ConsoleInstruments.Name && instrument.IsObservable)
                {
                    observed.Add(instrument.Name);
                }
            },
        };
        listener.Start();

        using var client = app.CreateApiClient(key: null);
        var scrape = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, scrape.StatusCode);
        Assert.Null(app.Services.GetService<MeterProvider>());
        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<OperationsFigures>());
        Assert.Empty(observed);
    }

    [Fact]
    public async Task ACallerOutsideTheAllowedNetworksIsAnsweredAsForAnUnknownPath()
    {
        await using var app = new TelemetryAppFactory(new Dictionary<string, string?> { ["Telemetry:Prometheus:AllowedNetworks"] = "10.0.0.0/8, 192.168.0.0/16" });

        var response = await app.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("regional_console", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithATokenConfiguredAScrapeWithoutItIsRefusedAndOneWithItIsAnswered()
    {
        await using var app = new TelemetryAppFactory(new Dictionary<string, string?>
        {
            ["Telemetry:Prometheus:Token"] = Token,
            ["Telemetry:Prometheus:Path"] = "/internal/metrics",
        });

        var without = await app.GetAsync("/internal/metrics");
        var wrong = await app.GetAsync("/internal/metrics", token: Token + "x");
        var scrape = await app.ScrapeAsync("/internal/metrics", Token);

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("regional_console_review_open_items", scrape.Text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", scrape.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedApiRequestIsCountedByStatusAndCode()
    {
        await using var app = new TelemetryAppFactory();
        app.StartServer();
        using var measurements = new ConsoleMeasurements(app.Services);
        using var api = app.CreateApiClient();
        var refused = await api.PostAsJsonAsync("/api/v1/courses", new Dictionary<string, object?> { ["title"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var scrape = await app.ScrapeAsync();

        Assert.Equal(1, measurements.Counted("regional_console.api.refusals", ("http.response.status_code", 400), ("code", "Invalid")));
        Assert.Contains("regional_console_api_refusals_total{", scrape.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Telemetry:Otlp:Endpoint", "collector:4317")]
    [InlineData("Telemetry:Otlp:Protocol", "http")]
    [InlineData("Telemetry:Prometheus:AllowedNetworks", "everyone")]
    [InlineData("Telemetry:Prometheus:Token", "short")]
    public void ABadTelemetryValueStopsTheStartUpNamingItsKey(string key, string value)
    {
        using var app = new ConsoleAppFactory(kestrel: false, new Dictionary<string, string?> { ["Demo:Seed"] = "false", [key] = value });

        var failure = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains(key, failure.ToString(), StringComparison.Ordinal);
    }
}
