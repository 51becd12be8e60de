namespace RegionalConsole.Data.Entities;

/// <summary>An announcement (最新消息) of the network or a supervisor to all centres or some (資源分享區).</summary>
public class Announcement
{
    public int Id { get; set; }
    public required string Title { get; set; }

    /// <summary>Plain text; shown with its line breaks, never as HTML.</summary>
    public required string Body { get; set; }

    /// <summary>Centre codes addressed; empty = every centre.</summary>
    public List<string> AudienceCentres { get; set; } = [];

    /// <summary>The publishing supervisor's scope (county code or K12EA); null when the network published it.</summary>
    public string? PublisherScope { get; set; }

    public int PublishedById { get; set; }
    public required string PublishedByName { get; set; }

    /// <summary>Shown from this instant; a later one schedules the announcement.</summary>
    public DateTime PublishAt { get; set; }

    public DateTime? ExpiresAt { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>That one account has read one announcement.</summary>
public class AnnouncementRead
{
    public int AnnouncementId { get; set; }
    public int AccountId { get; set; }
    public DateTime ReadAt { get; set; }
}

/// <summary>
/// A file shared in 資源分享區 (meeting handbooks, forms). The content is kept in the database so that every node of a
/// multi-node deployment serves it; listings never load <see cref="Content"/>.
/// </summary>
public class SharedFile
{
    public int Id { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }

    /// <summary>Hex SHA-256 of the content, shown so a downloaded copy can be checked.</summary>
    public required string Sha256 { get; set; }

    public string? Description { get; set; }
    public List<string> AudienceCentres { get; set; } = [];
    public string? PublisherScope { get; set; }
    public int UploadedById { get; set; }
    public required string UploadedByName { get; set; }
    public DateTime UploadedAt { get; set; }
}

/// <summary>Per-account contact and notification choices (個人資料); an account without a row takes the defaults.</summary>
public class AccountPreferences
{
    public int AccountId { get; set; }

    /// <summary>Where notifications go; the account's sign-in e-mail when empty (that one maps sign-in, not mail).</summary>
    public string? ContactEmail { get; set; }

    public string? Phone { get; set; }

    /// <summary>zh-TW or en.</summary>
    public string Language { get; set; } = "zh-TW";

    public bool ReceiveDigest { get; set; } = true;

    /// <summary>A copy of the returned or rejected mail the organiser receives for the person's own decisions.</summary>
    public bool ReceiveDecisionCopies { get; set; } = true;

    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// An e-mail waiting for, or past, delivery (Web Mail as notifications). Written in the same transaction as the
/// change that causes it, so a down SMTP server never loses a mail nor blocks the decision.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>The RFC 5322 Message-Id, fixed at enqueue: a retry after an unrecorded success repeats the same id.</summary>
    public required string MessageId { get; set; }

    /// <summary>Unique when set: the same digest or notice is never enqueued twice (e.g. digest:2026-11-25:12).</summary>
    public string? DedupKey { get; set; }

    public required string Kind { get; set; }
    public required string Recipient { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }

    /// <summary>A sender holds the message until then; another node skips it meanwhile.</summary>
    public DateTime? LeasedUntil { get; set; }

    public DateTime? SentAt { get; set; }
    public string? LastError { get; set; }
}
