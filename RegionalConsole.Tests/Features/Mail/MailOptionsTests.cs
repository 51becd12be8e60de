using Microsoft.Extensions.Configuration;
using RegionalConsole.Features.Mail;

namespace RegionalConsole.Tests.Features.Mail;

/// <summary>The Mail configuration fails fast, naming the key.</summary>
public sealed class MailOptionsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void AHostWithoutASenderAddressStopsTheStartNamingTheKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MailOptions.FromConfiguration(Config(("Mail:Smtp:Host", "smtp.example.edu.tw"))));

        Assert.Contains("Mail:Smtp:From", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADigestTimeThatIsNotATimeStopsTheStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MailOptions.FromConfiguration(Config(("Mail:Digest:Time", "morning"))));

        Assert.Contains("Mail:Digest:Time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAHostNothingIsSent()
    {
        var options = MailOptions.FromConfiguration(Config());

        Assert.False(options.CanSend);
        Assert.Equal(new TimeOnly(7, 30), options.Digest.TaipeiTime);
    }
}
