using System.Net;
using RegionalConsole.Domain.Webhooks;

namespace RegionalConsole.Tests.Domain.Webhooks;

public sealed class WebhookUrlTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:127.0.0.1")]
    public void LoopbackPrivateAndLinkLocalAddressesAreInternal(string address) =>
        Assert.True(NetworkAddress.IsInternal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("140.111.1.1")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2001:4860:4860::8888")]
    public void PublicAddressesAreNot(string address) => Assert.False(NetworkAddress.IsInternal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("https://partner.example.org/hooks", WebhookUrlProblem.None)]
    [InlineData("http://partner.example.org/hooks", WebhookUrlProblem.NotHttps)]
    [InlineData("ftp://partner.example.org/hooks", WebhookUrlProblem.NotHttps)]
    [InlineData("/hooks", WebhookUrlProblem.NotAbsolute)]
    [InlineData("", WebhookUrlProblem.NotAbsolute)]
    [InlineData("https://user:secret@partner.example.org/", WebhookUrlProblem.HasCredentials)]
    public void OnlyAnAbsoluteHttpsUrlWithoutCredentialsIsTaken(string url, WebhookUrlProblem problem) =>
        Assert.Equal(problem, WebhookUrl.CheckForm(url, out _));

    [Fact]
    public void AHostWithOnePrivateAddressAmongPublicOnesIsRefused() =>
        Assert.Equal(WebhookUrlProblem.InternalAddress,
            WebhookUrl.CheckAddresses([IPAddress.Parse("8.8.8.8"), IPAddress.Parse("10.0.0.5")], allowPrivateNetworks: false));

    [Fact]
    public void PrivateAddressesAreTakenWhenTheConfigurationAllowsThem() =>
        Assert.Equal(WebhookUrlProblem.None, WebhookUrl.CheckAddresses([IPAddress.Loopback], allowPrivateNetworks: true));

    [Fact]
    public void AHostThatResolvesToNothingIsRefused() =>
        Assert.Equal(WebhookUrlProblem.Unresolvable, WebhookUrl.CheckAddresses([], allowPrivateNetworks: true));
}
