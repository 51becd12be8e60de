using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace RegionalConsole.Features.Operations;

/// <summary>
/// OpenTelemetry metrics and traces, exported as the <c>Telemetry</c> section says (README "Operations"): OTLP to a
/// collector, a Prometheus scrape endpoint, or both. With neither configured nothing of OpenTelemetry is registered:
/// no listener, no gauge callback, no database read for figures.
/// </summary>
public static class TelemetrySetup
{
    /// <summary>Meters read besides the console's own: requests, Kestrel, SignalR circuits, EF Core, Npgsql, the runtime.</summary>
    private static readonly string[] Meters =
    [
        ConsoleInstruments.Name, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections", "Microsoft.EntityFrameworkCore", "Npgsql", "System.Runtime",
    ];

    public static IHostApplicationBuilder AddConsoleTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = TelemetryOptions.From(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ConsoleInstruments>();
        if (!options.Enabled)
        {
            return builder;
        }

        builder.Services.AddSingleton<OperationsFigures>();
        builder.Services.AddSingleton<OperationsGauges>();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName, serviceInstanceId: Environment.MachineName));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(Meters).AddInstrumentation(sp => sp.GetRequiredService<OperationsGauges>());
            if (options.OtlpEndpoint is not null)
            {
                metrics.AddOtlpExporter(o => Otlp(o, options, "v1/metrics"));
            }

            if (options.PrometheusEnabled)
            {
                metrics.AddPrometheusExporter(o => o.ScrapeEndpointPath = options.PrometheusPath);
            }
        });

        // A scrape carries metrics only: spans are made only when there is a collector to send them to.
        if (options.OtlpEndpoint is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new NoPollingQueries()))
                .AddSource(ConsoleInstruments.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = c => !IsProbe(c.Request.Path, options))
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter(o => Otlp(o, options, "v1/traces")));
        }

        return builder;
    }

    /// <summary>The Prometheus scrape endpoint, when enabled, guarded by <see cref="ScrapeAccess"/>.</summary>
    public static IEndpointRouteBuilder MapConsoleTelemetry(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ServiceProvider.GetRequiredService<TelemetryOptions>();
        if (options.PrometheusEnabled)
        {
            var access = new ScrapeAccess(options);
            // Answered by network and token, not by sign-in: Prometheus has no console account.
            app.MapPrometheusScrapingEndpoint(options.PrometheusPath, meterProvider: null,
                configureBranchedPipeline: branch => branch.Use(access.GuardAsync), optionsName: null).AllowAnonymous();
        }

        return app;
    }

    private static void Otlp(OtlpExporterOptions exporter, TelemetryOptions options, string signalPath)
    {
        exporter.Protocol = options.OtlpProtocol;
        exporter.Endpoint = options.OtlpSignalEndpoint(signalPath);
    }

    // Load balancers' health probes and Prometheus' scrapes would be most of the spans and tell nothing.
    private static bool IsProbe(PathString path, TelemetryOptions options) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments(options.PrometheusPath);

    /// <summary>
    /// Drops database calls that belong to no request and no job span: the mail and webhook senders' polls, every few
    /// seconds. Their real work is traced under the job's own span (<see cref="ConsoleInstruments.Activities"/>).
    /// </summary>
    private sealed class NoPollingQueries : Sampler
    {
        public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
            new(samplingParameters.Kind == ActivityKind.Client ? SamplingDecision.Drop : SamplingDecision.RecordAndSample);
    }
}
