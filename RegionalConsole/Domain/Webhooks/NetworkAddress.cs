using System.Net;
using System.Net.Sockets;

namespace RegionalConsole.Domain.Webhooks;

/// <summary>
/// Addresses a webhook may not reach (SPEC §14.3: the console must not become a way into its own network): loopback,
/// private (RFC 1918, IPv6 unique local), link-local (cloud metadata lives at 169.254.169.254), shared carrier space,
/// unspecified, multicast and broadcast. IPv4 written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 it is.
/// </summary>
public static class NetworkAddress
{
    public static bool IsInternal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] is >= 64 and <= 127,     // 100.64.0.0/10, carrier-grade NAT
                169 => b[1] == 254,                  // link-local
                172 => b[1] is >= 16 and <= 31,
                192 => (b[1] == 168) || (b[1] == 0 && b[2] == 0),
                198 => b[1] is 18 or 19,             // benchmarking networks
                >= 224 => true,                      // multicast, reserved, broadcast
                _ => false,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return address.Equals(IPAddress.IPv6None)
                || address.IsIPv6LinkLocal
                || address.IsIPv6SiteLocal
                || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC             // fc00::/7, unique local
                || address.IsIPv4MappedToIPv6;
        }

        return true;
    }
}
