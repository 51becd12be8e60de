using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;

namespace RegionalConsole.Features.Mail;

/// <summary>
/// Puts mails into the outbox on the caller's context, so they commit or roll back with the change that causes them;
/// <see cref="Wake"/> after the commit lets the sender deliver at once instead of at its next poll.
/// </summary>
public sealed class MailOutbox(MailOptions options)
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Add(ConsoleDbContext db, string kind, string recipient, string subject, string body, DateTime now, string? dedupKey = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Outbox.Add(new OutboxMessage
        {
            // Fixed now: a resend after an unrecorded success carries the same id, which receiving servers deduplicate.
            MessageId = $"{Guid.NewGuid():N}@{options.From.Domain}",
            DedupKey = dedupKey,
            Kind = kind,
            Recipient = recipient,
            Subject = subject,
            Body = body,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }

    public void Wake()
    {
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    /// <summary>Waits for <see cref="Wake"/> or the poll interval, whichever comes first.</summary>
    internal Task<bool> WaitAsync(TimeSpan poll, CancellationToken ct) => _signal.WaitAsync(poll, ct);

    /// <summary>Where a person's notifications go: the profile's contact address, else the account's e-mail.</summary>
    public static async Task<(string? Email, AccountPreferences Preferences)> RecipientAsync(ConsoleDbContext db, int accountId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.Accounts.Where(a => a.Id == accountId)
            .Select(a => new { a.Email, a.Enabled, Preferences = db.AccountPreferences.FirstOrDefault(p => p.AccountId == a.Id) })
            .SingleOrDefaultAsync(ct);
        var preferences = row?.Preferences ?? new AccountPreferences { AccountId = accountId };
        var email = row is { Enabled: true } ? (string.IsNullOrWhiteSpace(preferences.ContactEmail) ? row.Email : preferences.ContactEmail) : null;
        return (string.IsNullOrWhiteSpace(email) ? null : email, preferences);
    }
}
