using RegionalConsole.Features.Queues;

namespace RegionalConsole.Features.Reviews;

/// <summary>
/// Keeps an open review page live: it hears its centre's queue changes (the same channel as the live queues, so every
/// node's pages hear them) and hands on those that need a reload. A burst costs one reload, and a change the page's own
/// load already saw (the reviewer's own claim) costs none (<see cref="ChangeReloads"/>).
/// </summary>
/// <param name="openItem">The item the page shows now: only its changes matter.</param>
public sealed class ReviewLiveUpdates(IQueueNotifier notifier, Func<int> openItem, Func<QueueChange, Task> onChange) : IDisposable
{
    private readonly ChangeReloads _reloads = new();
    private IDisposable? _subscription;
    private string? _centre;

    /// <summary>Listens to <paramref name="centreCode"/>'s changes (an item moved to another centre is followed there).</summary>
    public void Follow(string centreCode)
    {
        if (_centre == centreCode)
        {
            return;
        }

        _subscription?.Dispose();
        _centre = centreCode;
        _subscription = notifier.Subscribe(centreCode, HeardAsync);
    }

    /// <summary>The page starts reading the item: changes saved before now need no reload of their own.</summary>
    public void LoadStarting() => _reloads.LoadStarted(SharedQueueReads.Now());

    private async Task HeardAsync(QueueChange change)
    {
        if (change.ItemId != openItem() || !_reloads.Notice(change.Heard))
        {
            return;
        }

        if (_reloads.Begin(SharedQueueReads.Now()) is not null)
        {
            await onChange(change);
        }
    }

    public void Dispose() => _subscription?.Dispose();
}
