using MailKit.Security;
using MimeKit;
using RegionalConsole.Domain.Mail;

namespace RegionalConsole.Features.Mail;

/// <summary>
/// The <c>Mail</c> configuration section. Without <c>Mail:Smtp:Host</c> the console still writes the outbox (nothing is
/// lost) but sends nothing and enqueues no digests; with it, <c>Mail:Smtp:From</c> is required.
/// </summary>
public sealed class MailOptions
{
    public string? Host { get; init; }
    public int Port { get; init; } = 25;
    public required MailboxAddress From { get; init; }
    public string? UserName { get; init; }
    public string? Password { get; init; }
    public SecureSocketOptions Security { get; init; } = SecureSocketOptions.Auto;

    /// <summary>How often the sender looks at the outbox when nothing wakes it.</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(10);

    public DigestSchedule Digest { get; init; } = new(DigestSchedule.DefaultTime);
    public bool DigestEnabled { get; init; } = true;

    /// <summary>The console's public address, for links in mails (e.g. https://console.example.edu.tw); optional.</summary>
    public Uri? ConsoleUrl { get; init; }

    public bool CanSend => !string.IsNullOrWhiteSpace(Host);

    public static MailOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var smtp = configuration.GetSection("Mail:Smtp");
        var host = smtp["Host"];
        var from = smtp["From"];
        if (!string.IsNullOrWhiteSpace(host) && string.IsNullOrWhiteSpace(from))
        {
            throw new InvalidOperationException("Mail:Smtp:From is required when Mail:Smtp:Host is set (e.g. \"研習審核平臺 <no-reply@example.edu.tw>\").");
        }

        if (!MailboxAddress.TryParse(string.IsNullOrWhiteSpace(from) ? "no-reply@localhost" : from, out var sender))
        {
            throw new InvalidOperationException($"Mail:Smtp:From is not an e-mail address: \"{from}\".");
        }

        var digestTime = configuration["Mail:Digest:Time"];
        if (digestTime is not null && !TimeOnly.TryParse(digestTime, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            throw new InvalidOperationException($"Mail:Digest:Time must be a Taipei time such as 07:30, not \"{digestTime}\".");
        }

        var consoleUrl = configuration["Mail:ConsoleUrl"];
        return new MailOptions
        {
            Host = string.IsNullOrWhiteSpace(host) ? null : host,
            Port = smtp.GetValue("Port", 25),
            From = sender,
            UserName = smtp["UserName"],
            Password = smtp["Password"],
            Security = smtp.GetValue("Security", SecureSocketOptions.Auto),
            Poll = TimeSpan.FromMilliseconds(configuration.GetValue("Mail:PollMilliseconds", 10_000)),
            Digest = new DigestSchedule(digestTime is null ? DigestSchedule.DefaultTime
                : TimeOnly.Parse(digestTime, System.Globalization.CultureInfo.InvariantCulture)),
            DigestEnabled = configuration.GetValue("Mail:Digest:Enabled", true),
            ConsoleUrl = string.IsNullOrWhiteSpace(consoleUrl) ? null : new Uri(consoleUrl, UriKind.Absolute),
        };
    }
}
