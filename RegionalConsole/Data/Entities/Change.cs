using RegionalConsole.Domain.Changes;

namespace RegionalConsole.Data.Entities;

/// <summary>
/// One change of a course as the feed hands it out (SPEC §14.2), written in the transaction of the change itself
/// (<see cref="ChangeJournal"/>). The id orders the feed: it is handed out in commit order.
/// </summary>
public class CourseChange
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public ChangeType Type { get; set; }
    public int CourseId { get; set; }
}

public enum WebhookState
{
    Active,
    Suspended,
}

/// <summary>Why a subscription was suspended: a code the page words in its language and the API returns as is.</summary>
public enum WebhookSuspension
{
    /// <summary>Every retry of one delivery failed (<see cref="Domain.Webhooks.WebhookBackoff"/>).</summary>
    DeliveriesFailed,

    /// <summary>The owning API key was revoked.</summary>
    KeyRevoked,
}

/// <summary>A partner's webhook (SPEC §14.3), owned by the API key that made it.</summary>
public class WebhookSubscription
{
    public int Id { get; set; }

    /// <summary>The owning key's client name; a key sees and manages only its own subscriptions.</summary>
    public required string OwnerName { get; set; }

    public required string Url { get; set; }
    public List<ChangeType> Events { get; set; } = [];

    /// <summary>
    /// The signing secret, encrypted with the console's Data Protection keys: unlike an API key it cannot be stored as a
    /// hash, since every delivery is signed with it.
    /// </summary>
    public required string ProtectedSecret { get; set; }

    /// <summary>The owning key's scope when the subscription was made: the organisers whose changes it is sent.</summary>
    public bool IsAdministrator { get; set; }

    public List<string> InstitutionCodes { get; set; } = [];
    public string? CountyCode { get; set; }

    public WebhookState State { get; set; }
    public WebhookSuspension? SuspendedFor { get; set; }

    /// <summary>The suspension in words for partners (the API's <c>suspendedReason</c>), with the last failure's detail.</summary>
    public string? SuspendedReason { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastSuccessAt { get; set; }
    public DateTime? LastFailureAt { get; set; }
    public string? LastFailureReason { get; set; }

    public bool Wants(ChangeType type, string organiserCode, string? organiserCounty) =>
        State == WebhookState.Active && Events.Contains(type)
        && (IsAdministrator || InstitutionCodes.Contains(organiserCode)
            || (CountyCode is not null && string.Equals(CountyCode, organiserCounty, StringComparison.Ordinal)));
}

/// <summary>One change to send to one subscription: the webhook outbox, written in the change's own transaction.</summary>
public class WebhookDelivery
{
    public long Id { get; set; }
    public int SubscriptionId { get; set; }
    public long ChangeId { get; set; }

    /// <summary>Deliveries of one course are sent in order: a later one waits while an earlier one is still undelivered.</summary>
    public int CourseId { get; set; }

    public DateTime NextAttemptAt { get; set; }
    public int FailedAttempts { get; set; }
    public DateTime? DeliveredAt { get; set; }
}
