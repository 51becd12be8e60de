using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace RegionalConsole.Features.Operations;

/// <summary>
/// Who may read the Prometheus scrape endpoint: a caller from <see cref="TelemetryOptions.ScrapeNetworks"/> (loopback
/// unless configured), with the bearer token when one is configured. Anyone else is answered as for an unknown path,
/// so the metrics (centre backlogs, partner failures) never become public by accident.
/// </summary>
internal sealed class ScrapeAccess(TelemetryOptions options)
{
    private readonly byte[]? _token = options.ScrapeToken is { } token ? Encoding.UTF8.GetBytes(token) : null;

    public Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        if (!FromAllowedNetwork(context.Connection.RemoteIpAddress))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        if (!HasToken(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Task.CompletedTask;
        }

        return next(context);
    }

    public bool FromAllowedNetwork(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return options.ScrapeNetworks.Any(n => n.Contains(plain));
    }

    private bool HasToken(HttpRequest request)
    {
        if (_token is null)
        {
            return true;
        }

        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), _token);
    }
}
