using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.Operations;

/// <summary>
/// What operators watch, read from the database at one moment (<see cref="OperationsFigures"/>): the figures are the
/// database's, so every node of a deployment reports the same ones.
/// </summary>
public sealed record OperationsSnapshot(
    DateTime TakenAt,
    IReadOnlyList<OpenItems> OpenItems,
    OutboxBacklog Mail,
    WebhookBacklog Webhooks,
    ExchangeFigures Exchange)
{
    public int Overdue => OpenItems.Where(o => o.State == SlaState.Overdue).Sum(o => o.Count);
}

/// <summary>Undecided review items of one centre in one SLA state (SPEC §4), all kinds together.</summary>
public sealed record OpenItems(string Centre, SlaState State, int Count);

/// <summary>Unsent mails: <paramref name="Pending"/> not yet tried, <paramref name="Failed"/> tried and waiting for a retry.</summary>
public sealed record OutboxBacklog(int Pending, int Failed, DateTime? OldestCreatedAt);

/// <summary>
/// Undelivered webhook deliveries of active subscriptions (<paramref name="Failing"/> have failed at least once), and the
/// subscriptions by state: a suspended one gets nothing until its owner makes a new one (SPEC §14.3).
/// </summary>
public sealed record WebhookBacklog(int Pending, int Failing, int ActiveSubscriptions, int SuspendedSubscriptions);

/// <summary>
/// The preschool exchange (SPEC §7, §14.4): the latest run, the latest successful one, and the runs the platform has not
/// acknowledged within <see cref="Domain.Preschool.ExchangeAcknowledgement.Window"/>.
/// </summary>
public sealed record ExchangeFigures(DateTime? LastRunStartedAt, ExchangeRunStatus? LastRunStatus, DateTime? LastSuccessAt,
    int UnacknowledgedOverdue)
{
    public static ExchangeFigures None { get; } = new(null, null, null, 0);
}
