namespace RegionalConsole.Features.Queues;

/// <summary>
/// When an open queue reloads after its centre's changes: a burst of changes costs one reload, and none at all when a
/// load that began after the last change already saw it — a reviewer's own claim reloads their queue at once, so the
/// notice of that claim arriving a moment later needs no second reload. Moments are <see cref="SharedQueueReads.Now"/>.
/// </summary>
public sealed class ChangeReloads
{
    private long _lastNotice = long.MinValue;
    private long _lastLoadStarted = long.MinValue;
    private int _pending;

    /// <summary>
    /// A change was saved before <paramref name="at"/> (<see cref="QueueChange.Heard"/>; any thread). True when the
    /// caller should schedule a reload, false when one is already scheduled and will answer this change too.
    /// </summary>
    public bool Notice(long at)
    {
        RaiseTo(ref _lastNotice, at);
        return Interlocked.Exchange(ref _pending, 1) == 0;
    }

    /// <summary>
    /// The scheduled reload runs at <paramref name="now"/>: null when a load started after every change noticed so far
    /// (it saw them all), else the moment to load from. Changes noticed from here on schedule another reload.
    /// </summary>
    public long? Begin(long now)
    {
        Volatile.Write(ref _pending, 0);
        return Volatile.Read(ref _lastLoadStarted) > Volatile.Read(ref _lastNotice) ? null : now;
    }

    /// <summary>A load whose read starts at or after <paramref name="started"/>.</summary>
    public void LoadStarted(long started) => RaiseTo(ref _lastLoadStarted, started);

    // Notices come from several threads: a later moment is never overwritten by an earlier one.
    private static void RaiseTo(ref long field, long value)
    {
        var seen = Volatile.Read(ref field);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref field, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
