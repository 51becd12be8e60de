using Microsoft.Extensions.Localization;
using RegionalConsole.Domain.Cancellations;

namespace RegionalConsole.Features.Cancellations;

/// <summary>
/// A cancellation's reason category and notice channel in the page's language, each value by name: a new value fails to
/// compile here, not on a page. Values are stored as enum names; one that no longer parses shows as stored.
/// </summary>
public static class CancellationLabels
{
    /// <summary>疫情 / 天然災害 / … for a stored category name.</summary>
    public static string CancellationCategoryName(this IStringLocalizer<Ui> text, string? stored)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Enum.TryParse<CancellationCategory>(stored, ignoreCase: false, out var category) && Enum.IsDefined(category)
            ? text.CancellationCategoryName(category)
            : stored ?? "—";
    }

    public static string CancellationCategoryName(this IStringLocalizer<Ui> text, CancellationCategory category)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[category switch
        {
            CancellationCategory.Epidemic => "CancellationCategoryEpidemic",
            CancellationCategory.Disaster => "CancellationCategoryDisaster",
            CancellationCategory.Speaker => "CancellationCategorySpeaker",
            CancellationCategory.LowEnrolment => "CancellationCategoryLowEnrolment",
            CancellationCategory.Venue => "CancellationCategoryVenue",
            CancellationCategory.Other => "CancellationCategoryOther",
            _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
        }].Value;
    }

    /// <summary>電子郵件 / 簡訊 / … for a stored channel name; "—" when none is recorded.</summary>
    public static string NotificationChannelName(this IStringLocalizer<Ui> text, string? stored)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Enum.TryParse<NotificationChannel>(stored, ignoreCase: false, out var channel) || !Enum.IsDefined(channel))
        {
            return string.IsNullOrEmpty(stored) ? "—" : stored;
        }

        return text[channel switch
        {
            NotificationChannel.Email => "NotificationChannelEmail",
            NotificationChannel.Sms => "NotificationChannelSms",
            NotificationChannel.Phone => "NotificationChannelPhone",
            NotificationChannel.Letter => "NotificationChannelLetter",
            NotificationChannel.Announcement => "NotificationChannelAnnouncement",
            NotificationChannel.Other => "NotificationChannelOther",
            _ => throw new ArgumentOutOfRangeException(nameof(stored), stored, null),
        }].Value;
    }
}
