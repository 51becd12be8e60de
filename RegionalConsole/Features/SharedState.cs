namespace RegionalConsole.Features;

/// <summary>State read from the database that every node caches for itself (<see cref="SharedStateCaches"/>).</summary>
public enum SharedState
{
    /// <summary>Imported calendar years and county closures: every due date depends on them (SPEC §4).</summary>
    Calendar,

    /// <summary>The term lists of 第10條第4款 (SPEC §5.3).</summary>
    Terms,

    /// <summary>The attribute tag registry (SPEC §5.2).</summary>
    Tags,
}

/// <summary>
/// Tells every node that shared state changed, so each drops its cache of it, this node's at once. One node:
/// <see cref="SharedStateCaches"/> itself; several nodes on PostgreSQL: over LISTEN/NOTIFY beside the queue changes.
/// </summary>
public interface ISharedStateNotifier
{
    /// <summary>
    /// Call once the change is committed: invalidated earlier, a node could reload and keep the old state. Never throws
    /// and never waits for other nodes.
    /// </summary>
    void Changed(SharedState state);
}
