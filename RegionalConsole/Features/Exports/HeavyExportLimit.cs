using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace RegionalConsole.Features.Exports;

/// <summary>
/// A few heavy exports at a time on each node (issue: one impatient user restarting a national-year export slowed every
/// page). Exports beyond <c>Exports:ConcurrentPerNode</c> wait in line, up to <c>Exports:QueuedPerNode</c>; the rest are
/// answered 429 with <c>Retry-After</c>, which the export button shows as a message. One partition: the limit is the
/// node's, not a person's.
/// </summary>
public sealed class HeavyExportLimit : IRateLimiterPolicy<string>
{
    public const string Name = "heavy-exports";
    public const int RetryAfterSeconds = 30;

    private readonly ConcurrencyLimiterOptions _options;

    public HeavyExportLimit(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _options = new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, configuration.GetValue("Exports:ConcurrentPerNode", 3)),
            QueueLimit = Math.Max(0, configuration.GetValue("Exports:QueuedPerNode", 6)),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
    }

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetConcurrencyLimiter("node", _ => _options);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, ct) =>
    {
        var http = context.HttpContext;
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<Ui>>();
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: text["ExportBusyTitle"],
            detail: text["ExportBusyDetail", RetryAfterSeconds]).ExecuteAsync(http);
    };

    public static IServiceCollection AddHeavyExportLimit(IServiceCollection services) =>
        services.AddRateLimiter(o => o.AddPolicy<string, HeavyExportLimit>(Name));
}
