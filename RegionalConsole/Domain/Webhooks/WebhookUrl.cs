using System.Net;

namespace RegionalConsole.Domain.Webhooks;

public enum WebhookUrlProblem
{
    None,
    NotAbsolute,
    NotHttps,
    HasCredentials,
    InternalAddress,
    Unresolvable,
}

/// <summary>
/// Where a subscription may send (SPEC §14.3): an absolute https URL without credentials, whose host resolves only to
/// public addresses unless private networks are allowed. Every address counts: a name that resolves to one public and
/// one private address is refused, since the connection may take either.
/// </summary>
public static class WebhookUrl
{
    public const int MaxLength = 2000;

    /// <summary>The form of the URL alone, before its host is resolved.</summary>
    public static WebhookUrlProblem CheckForm(string? text, out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength || !Uri.TryCreate(text, UriKind.Absolute, out uri)
            || uri.IsFile)
        {
            return WebhookUrlProblem.NotAbsolute;
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return WebhookUrlProblem.NotHttps;
        }

        return uri.UserInfo.Length > 0 ? WebhookUrlProblem.HasCredentials : WebhookUrlProblem.None;
    }

    /// <summary>The addresses the host resolved to, checked at subscription and again at every delivery (DNS rebinding).</summary>
    public static WebhookUrlProblem CheckAddresses(IReadOnlyCollection<IPAddress> addresses, bool allowPrivateNetworks)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        if (addresses.Count == 0)
        {
            return WebhookUrlProblem.Unresolvable;
        }

        return !allowPrivateNetworks && addresses.Any(NetworkAddress.IsInternal) ? WebhookUrlProblem.InternalAddress : WebhookUrlProblem.None;
    }
}
