using RegionalConsole.Domain;
using RegionalConsole.Domain.Cancellations;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Cancellations;

/// <summary>
/// Reads a cancellation's reason and notice (SPEC §5.5) — the body of POST …/cancellation, and the <c>change</c> of a
/// postponing PUT /api/v1/courses/{courseNo} (SPEC §13.2), which follows the same rules.
/// </summary>
public static class CancellationReader
{
    /// <summary>Bad input (400, fields named under <paramref name="prefix"/>): category and reason required, a notice readable.</summary>
    public static CancellationRequest? Read(CancellationBody body, DateTime now, ApiErrors errors, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(errors);
        var category = errors.Enum<CancellationCategory>(prefix + "reasonCategory", body.ReasonCategory);
        errors.Text(prefix + "reason", body.Reason, Domain.InputBounds.Reason, required: true, multiLine: true);
        CancellationNotice? notice = null;
        if (body.Notification is { } n)
        {
            var channel = errors.Enum<NotificationChannel>(prefix + "notification.channel", n.Channel, required: false);
            DateTime? sentAt = null;
            if (!string.IsNullOrWhiteSpace(n.SentAt))
            {
                if (IsoInstant.TryParse(n.SentAt, out var parsed))
                {
                    sentAt = parsed;
                    if (parsed > now.AddMinutes(5))
                    {
                        errors.Add(prefix + "notification.sentAt", ApiMessages.SentAtInFuture());
                    }
                }
                else
                {
                    errors.Add(prefix + "notification.sentAt", ApiMessages.SentAtUnreadable());
                }
            }

            if (n.Recipients is < 0)
            {
                errors.Add(prefix + "notification.recipients", ApiMessages.NotNegative());
            }

            notice = new CancellationNotice(channel, sentAt, n.Recipients);
        }

        return errors.Any || category is null ? null : new CancellationRequest(category.Value, body.Reason!.Trim(), notice);
    }
}
