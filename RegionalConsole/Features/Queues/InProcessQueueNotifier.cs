using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace RegionalConsole.Features.Queues;

/// <summary>
/// Queue changes within one process: every circuit on this node hears every change of its centre. Listeners run
/// on the thread pool, so a slow or failing listener delays or breaks no one else, least of all the publisher.
/// </summary>
public sealed partial class InProcessQueueNotifier(ILogger<InProcessQueueNotifier> logger) : IQueueNotifier
{
    private readonly ConcurrentDictionary<string, ImmutableList<Subscription>> _listeners = new(StringComparer.Ordinal);

    public void Publish(QueueChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!_listeners.TryGetValue(change.CentreCode, out var subscriptions))
        {
            return;
        }

        foreach (var subscription in subscriptions)
        {
            _ = Task.Run(() => DeliverAsync(subscription, change));
        }
    }

    public IDisposable Subscribe(string centreCode, Func<QueueChange, Task> listener)
    {
        ArgumentNullException.ThrowIfNull(centreCode);
        ArgumentNullException.ThrowIfNull(listener);
        var subscription = new Subscription(this, centreCode, listener);
        _listeners.AddOrUpdate(centreCode, _ => [subscription], (_, list) => list.Add(subscription));
        return subscription;
    }

    private async Task DeliverAsync(Subscription subscription, QueueChange change)
    {
        if (subscription.IsDisposed)
        {
            return;
        }

        try
        {
            await subscription.Listener(change);
        }
#pragma warning disable CA1031 // A listener's failure (a closed circuit, say) must not reach the publisher or other listeners.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogListenerFailed(logger, e, change.CentreCode, change.What);
        }
    }

    private void Remove(Subscription subscription)
    {
        while (_listeners.TryGetValue(subscription.CentreCode, out var list))
        {
            var updated = list.Remove(subscription);
            var done = updated.IsEmpty
                ? _listeners.TryRemove(new KeyValuePair<string, ImmutableList<Subscription>>(subscription.CentreCode, list))
                : _listeners.TryUpdate(subscription.CentreCode, updated, list);
            if (done)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A queue listener of centre {Centre} failed on '{What}'.")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception, string centre, string what);

    private sealed class Subscription(InProcessQueueNotifier owner, string centreCode, Func<QueueChange, Task> listener) : IDisposable
    {
        private int _disposed;

        public string CentreCode { get; } = centreCode;

        public Func<QueueChange, Task> Listener { get; } = listener;

        public bool IsDisposed => Volatile.Read(ref _disposed) == 1;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(this);
            }
        }
    }
}
