namespace RegionalConsole.Domain.Cancellations;

/// <summary>Why a course is cancelled or postponed (共同研討一 提案三): 疫情, 天災/颱風, 講師因素, 報名人數不足, 場地因素, 其他.</summary>
public enum CancellationCategory
{
    Epidemic,
    Disaster,
    Speaker,
    LowEnrolment,
    Venue,
    Other,
}

/// <summary>How enrolled teachers were told the course is off.</summary>
public enum NotificationChannel
{
    Email,
    Sms,
    Phone,
    Letter,
    Announcement,
    Other,
}

/// <summary>The record that enrolled teachers were notified: how, when, how many (共同研討一 提案三 (a)).</summary>
public sealed record CancellationNotice(NotificationChannel? Channel, DateTime? SentAtUtc, int? Recipients);

/// <summary>What the record of notice to enrolled teachers lacks (共同研討一 提案三 (a)).</summary>
public enum NoticeGapKind
{
    /// <summary>Teachers are enrolled and no notice is recorded at all.</summary>
    NoNotice,
    ChannelMissing,
    SentAtMissing,
    RecipientsMissing,

    /// <summary>「所有報名教師」: fewer were told than are enrolled.</summary>
    TooFewRecipients,

    /// <summary>A postponement (new dates or schedule) carries no <c>change</c> at all (SPEC §13.2).</summary>
    ChangeMissing,
}

/// <summary>One thing missing from the notice, with the figures the partner must see to fix it.</summary>
public sealed record NoticeGap(NoticeGapKind Kind, int Enrolled, int? Recipients = null);

/// <summary>What a cancellation lacks before it may change the course; empty when it may.</summary>
public sealed record CancellationRefusal(bool AlreadyCancelled, IReadOnlyList<NoticeGap> Missing)
{
    public static readonly CancellationRefusal None = new(false, []);

    public bool Refused => AlreadyCancelled || Missing.Count > 0;
}

/// <summary>
/// A request to cancel or postpone a course (SPEC §5.5; 共同研討一 提案三). A course with enrolled teachers may be
/// deleted or changed for it only after every enrolled teacher was notified (recorded: how, when, how many) and a
/// reason is given; otherwise nothing changes. There is no other way to take a course off the network.
/// </summary>
public sealed record CancellationRequest(CancellationCategory Category, string Reason, CancellationNotice? Notice)
{
    /// <summary>Why this request may not cancel a course with <paramref name="enrolledCount"/> enrolled teachers.</summary>
    public CancellationRefusal RefusalFor(int enrolledCount, bool alreadyCancelled)
    {
        if (alreadyCancelled)
        {
            return new CancellationRefusal(true, []);
        }

        if (enrolledCount <= 0)
        {
            return CancellationRefusal.None;
        }

        var missing = new List<NoticeGap>();
        if (Notice is null)
        {
            missing.Add(new NoticeGap(NoticeGapKind.NoNotice, enrolledCount));
            return new CancellationRefusal(false, missing);
        }

        if (Notice.Channel is null)
        {
            missing.Add(new NoticeGap(NoticeGapKind.ChannelMissing, enrolledCount));
        }

        if (Notice.SentAtUtc is null)
        {
            missing.Add(new NoticeGap(NoticeGapKind.SentAtMissing, enrolledCount));
        }

        if (Notice.Recipients is not { } recipients)
        {
            missing.Add(new NoticeGap(NoticeGapKind.RecipientsMissing, enrolledCount));
        }
        else if (recipients < enrolledCount)
        {
            // 「所有報名教師」: telling only some of them is not yet notice.
            missing.Add(new NoticeGap(NoticeGapKind.TooFewRecipients, enrolledCount, recipients));
        }

        return new CancellationRefusal(false, missing);
    }
}
