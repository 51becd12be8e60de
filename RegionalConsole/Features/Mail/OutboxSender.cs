using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Mail;
using RegionalConsole.Features.Operations;

namespace RegionalConsole.Features.Mail;

/// <summary>
/// Delivers the outbox through SMTP. A message is leased before sending (so two nodes never send it together) and
/// marked sent only after the server accepted it; a failure leaves it for a later attempt with exponential back-off.
/// The one gap — the server accepted but the node died before marking — resends with the same Message-Id.
/// </summary>
public sealed class OutboxSender(IDbContextFactory<ConsoleDbContext> contexts, MailOptions options, MailOutbox outbox,
    TimeProvider clock, ILogger<OutboxSender> logger) : BackgroundService
{
    private const int BatchSize = 50;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CanSend)
        {
            logger.LogWarning("Mail:Smtp:Host is not set: e-mails stay in the outbox until an SMTP server is configured.");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The outbox could not be read; trying again at the next poll.");
            }

            try
            {
                await outbox.WaitAsync(options.Poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over the due messages; answers how many were delivered.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<long> due;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            due = await db.Outbox
                .Where(m => m.SentAt == null && m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil < now))
                .OrderBy(m => m.Id).Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
        }

        if (due.Count == 0)
        {
            return 0;
        }

        using var activity = ConsoleInstruments.Activities.StartActivity("mail.send");
        activity?.SetTag("regional_console.mail.due", due.Count);
        using var smtp = new SmtpClient();
        var delivered = 0;
        foreach (var id in due)
        {
            var message = await LeaseAsync(id, now, ct);
            if (message is null)
            {
                continue; // another node holds or sent it
            }

            try
            {
                if (!smtp.IsConnected)
                {
                    await smtp.ConnectAsync(options.Host!, options.Port, options.Security, ct);
                    if (!string.IsNullOrEmpty(options.UserName))
                    {
                        await smtp.AuthenticateAsync(options.UserName, options.Password ?? "", ct);
                    }
                }

                await smtp.SendAsync(ToMime(message), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await FailedAsync(message, now, ex);
                if (!smtp.IsConnected)
                {
                    break; // the server is away: the rest waits for the next pass instead of failing one by one
                }

                continue;
            }

            await MarkAsync(id, m => m.SetProperty(x => x.SentAt, now).SetProperty(x => x.Attempts, x => x.Attempts + 1)
                .SetProperty(x => x.LeasedUntil, (DateTime?)null).SetProperty(x => x.LastError, (string?)null));
            delivered++;
        }

        if (smtp.IsConnected)
        {
            await smtp.DisconnectAsync(quit: true, ct);
        }

        return delivered;
    }

    private async Task<OutboxMessage?> LeaseAsync(long id, DateTime now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var until = now + Lease;
        var leased = await db.Outbox
            .Where(m => m.Id == id && m.SentAt == null && (m.LeasedUntil == null || m.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedUntil, until), ct);
        return leased == 1 ? await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id, ct) : null;
    }

    private async Task FailedAsync(OutboxMessage message, DateTime now, Exception ex)
    {
        var attempts = message.Attempts + 1;
        var next = now + RetrySchedule.DelayAfter(attempts);
        var error = ex.GetType().Name + ": " + ex.Message;
        logger.LogWarning("Mail {MessageId} to {Recipient} failed (attempt {Attempts}), next at {Next:o}: {Error}",
            message.MessageId, message.Recipient, attempts, next, error);
        await MarkAsync(message.Id, m => m.SetProperty(x => x.Attempts, attempts).SetProperty(x => x.NextAttemptAt, next)
            .SetProperty(x => x.LeasedUntil, (DateTime?)null).SetProperty(x => x.LastError, error[..Math.Min(error.Length, 1000)]));
    }

    // Never the caller's token: once the server has the mail, recording it must not be cut short by shutdown.
    private async Task MarkAsync(long id, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutboxMessage>> set)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(set, CancellationToken.None);
    }

    private MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage { MessageId = message.MessageId, Subject = message.Subject, Date = message.CreatedAt };
        mime.From.Add(options.From);
        mime.To.Add(MailboxAddress.Parse(message.Recipient));
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }
}
