using System.Net;
using OpenTelemetry.Exporter;

namespace RegionalConsole.Features.Operations;

/// <summary>
/// The <c>Telemetry</c> configuration section (README "Operations"). Nothing configured means telemetry is off and no
/// part of OpenTelemetry is registered. A bad value stops the start-up, naming its key.
/// </summary>
/// <param name="OtlpEndpoint"><c>Telemetry:Otlp:Endpoint</c>: metrics and traces go there (a collector) when set.</param>
/// <param name="OtlpProtocol"><c>Telemetry:Otlp:Protocol</c>: <c>grpc</c> (default) or <c>http/protobuf</c>.</param>
/// <param name="PrometheusEnabled"><c>Telemetry:Prometheus:Enabled</c>: metrics are also offered for scraping.</param>
/// <param name="PrometheusPath"><c>Telemetry:Prometheus:Path</c>, default <c>/metrics</c>.</param>
/// <param name="ScrapeNetworks"><c>Telemetry:Prometheus:AllowedNetworks</c>: who may scrape; default loopback only.</param>
/// <param name="ScrapeToken"><c>Telemetry:Prometheus:Token</c>: when set, a scrape must also send it as a bearer token.</param>
public sealed record TelemetryOptions(
    Uri? OtlpEndpoint,
    OtlpExportProtocol OtlpProtocol,
    bool PrometheusEnabled,
    string PrometheusPath,
    IReadOnlyList<IPNetwork> ScrapeNetworks,
    string? ScrapeToken,
    string ServiceName,
    TimeSpan Refresh)
{
    public const string Section = "Telemetry";
    private const int MinimumTokenLength = 32;

    public bool Enabled => OtlpEndpoint is not null || PrometheusEnabled;

    public static TelemetryOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var endpoint = section["Otlp:Endpoint"] is { Length: > 0 } text
            ? Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri
                : throw Bad("Otlp:Endpoint", "must be an absolute http or https address, e.g. http://collector:4317")
            : null;
        var protocol = section["Otlp:Protocol"] switch
        {
            null or "" or "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
            _ => throw Bad("Otlp:Protocol", "must be grpc or http/protobuf"),
        };
        var path = section["Prometheus:Path"] is { Length: > 0 } p ? p : "/metrics";
        if (!path.StartsWith('/') || path.Length < 2)
        {
            throw Bad("Prometheus:Path", "must be a path such as /metrics");
        }

        var token = section["Prometheus:Token"] is { Length: > 0 } t ? t : null;
        if (token is { Length: < MinimumTokenLength })
        {
            throw Bad("Prometheus:Token", $"must be at least {MinimumTokenLength} characters");
        }

        var refresh = section.GetValue("RefreshSeconds", 30);
        if (refresh is < 1 or > 3600)
        {
            throw Bad("RefreshSeconds", "must be a whole number of seconds from 1 to 3600");
        }

        return new TelemetryOptions(endpoint, protocol, section.GetValue("Prometheus:Enabled", false), path,
            Networks(section.GetSection("Prometheus:AllowedNetworks")), token,
            section["ServiceName"] is { Length: > 0 } name ? name : "regional-console", TimeSpan.FromSeconds(refresh));
    }

    /// <summary>The OTLP address of one signal: over http/protobuf each signal has its own path below the endpoint.</summary>
    public Uri OtlpSignalEndpoint(string signalPath)
    {
        var endpoint = OtlpEndpoint ?? throw new InvalidOperationException("No OTLP endpoint is configured.");
        if (OtlpProtocol != OtlpExportProtocol.HttpProtobuf)
        {
            return endpoint;
        }

        var root = endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
        return new Uri(root, signalPath);
    }

    // A list (AllowedNetworks:0, :1 …) or one comma-separated value, so an environment variable can hold them all.
    private static List<IPNetwork> Networks(IConfigurationSection section)
    {
        var values = section.Value is { Length: > 0 } joined
            ? joined.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(c => c.Value).OfType<string>().ToArray();
        if (values.Length == 0)
        {
            return [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];
        }

        return [.. values.Select(v => IPNetwork.TryParse(v, out var network) ? network
            : throw Bad("Prometheus:AllowedNetworks", $"holds '{v}', which is not a network such as 10.0.0.0/8 or 127.0.0.1/32"))];
    }

    private static InvalidOperationException Bad(string key, string what) => new($"{Section}:{key} {what}.");
}
