using RegionalConsole.Data.Entities;

namespace RegionalConsole.Features.Queues;

/// <summary>Something happened to an item in a centre's queue; open queues of that centre reload (SPEC §6).</summary>
/// <param name="What">What happened, e.g. <see cref="Claimed"/>; listeners reload whatever it says.</param>
public sealed record QueueChange(string CentreCode, ReviewKind Kind, int ItemId, string What)
{
    public const string Claimed = "claimed";
    public const string Assigned = "assigned";
    public const string Unassigned = "unassigned";
    public const string Decided = "decided";
    public const string Submitted = "submitted";

    /// <summary>
    /// When this node heard of the change, on <see cref="SharedQueueReads.Now"/>'s clock: made by the publisher after
    /// the save (or on arrival from another node), so a read started later sees the change.
    /// </summary>
    public long Heard { get; init; } = SharedQueueReads.Now();
}

/// <summary>
/// Tells every open queue of a centre that something changed. One node: <see cref="InProcessQueueNotifier"/>;
/// several nodes: a PostgreSQL LISTEN/NOTIFY implementation of the same contract.
/// </summary>
public interface IQueueNotifier
{
    /// <summary>Call after the change is saved. Never throws and never waits for listeners.</summary>
    void Publish(QueueChange change);

    /// <summary>Calls <paramref name="listener"/> for each change in the centre until the subscription is disposed.</summary>
    IDisposable Subscribe(string centreCode, Func<QueueChange, Task> listener);
}
