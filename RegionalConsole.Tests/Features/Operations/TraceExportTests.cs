using System.Collections.ObjectModel;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Operations;

/// <summary>
/// With an OTLP endpoint configured, requests are traced with their database calls beneath them, and traces and metrics
/// reach the collector. The spans are also kept in memory here to look at them.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TraceExportTests
{
    [Fact]
    public async Task ARequestIsTracedWithItsDatabaseCallsAndBothSignalsReachTheCollector()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        var spans = new LockedCollection();
        await using var app = new TracedApp(collector.Endpoint, spans);
        using var api = app.CreateApiClient();

        (await api.GetAsync("/api/v1/centres")).EnsureSuccessStatusCode();
        Assert.True(app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(app.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        var all = spans.Snapshot();
        var request = Assert.Single(all, s => s.Kind == ActivityKind.Server && s.DisplayName == "GET /api/v1/centres");
        Assert.Contains(all, s => s.Kind == ActivityKind.Client && s.TraceId == request.TraceId
            && s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(all, s => s.Kind == ActivityKind.Server && s.DisplayName.Contains("/health", StringComparison.Ordinal));
        Assert.Contains(collector.Posts, p => p.Path == "/v1/traces" && p.ContentType == "application/x-protobuf" && p.Length > 0);
        Assert.Contains(collector.Posts, p => p.Path == "/v1/metrics" && p.Length > 0);
    }

    private sealed class TracedApp(Uri collector, ICollection<Activity> spans) : ConsoleAppFactory(kestrel: false, new Dictionary<string, string?>
    {
        ["Demo:Seed"] = "false",
        ["Telemetry:Otlp:Endpoint"] = collector.ToString(),
        ["Telemetry:Otlp:Protocol"] = "http/protobuf",
    })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));
        }
    }

    /// <summary>Spans end on request threads and background threads alike.</summary>
    private sealed class LockedCollection : Collection<Activity>
    {
        private readonly Lock _gate = new();

        public List<Activity> Snapshot()
        {
            lock (_gate)
            {
                return [.. this];
            }
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (_gate)
            {
                base.InsertItem(index, item);
            }
        }
    }
}
