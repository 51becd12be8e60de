using System.Net;
using System.Net.Sockets;
using RegionalConsole.Domain.Webhooks;

namespace RegionalConsole.Features.Webhooks;

/// <summary>
/// The HTTP client deliveries go through. The host is resolved again at every new connection and every address checked
/// before connecting to the checked addresses themselves, so a name that resolved to a public address when the
/// subscription was made cannot be turned to an internal one later (DNS rebinding; SPEC §14.3). No redirects.
/// </summary>
public static class WebhookHttp
{
    public const string ClientName = "webhooks";

    public static IServiceCollection AddWebhookHttp(this IServiceCollection services, WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddHttpClient(ClientName, c => c.Timeout = options.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => Handler(options.AllowPrivateNetworks));
        return services;
    }

    internal static SocketsHttpHandler Handler(bool allowPrivateNetworks) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = async (context, ct) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
            if (WebhookUrl.CheckAddresses(addresses, allowPrivateNetworks) is var problem && problem != WebhookUrlProblem.None)
            {
                throw new HttpRequestException($"address refused: {problem}");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
