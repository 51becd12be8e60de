using Microsoft.Extensions.Logging.Abstractions;
using RegionalConsole.Data.Entities;
using RegionalConsole.Features.Queues;

namespace RegionalConsole.Tests.Features.Queues;

public sealed class InProcessQueueNotifierTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly InProcessQueueNotifier _notifier = new(NullLogger<InProcessQueueNotifier>.Instance);

    [Fact]
    public async Task ASubscriberHearsAChangeInItsCentre()
    {
        var heard = Listener(out var listener);
        using var subscription = _notifier.Subscribe("63000", listener);
        var change = new QueueChange("63000", ReviewKind.Roster, 42, QueueChange.Assigned);

        _notifier.Publish(change);

        Assert.Equal(change, await heard.Task.WaitAsync(Patience, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ASubscriberDoesNotHearOtherCentres()
    {
        var heard = Listener(out var listener);
        var witness = Listener(out var witnessListener);
        using var one = _notifier.Subscribe("63000", listener);
        using var other = _notifier.Subscribe("65000", witnessListener);

        _notifier.Publish(new QueueChange("65000", ReviewKind.Course, 1, QueueChange.Claimed));
        await witness.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.False(heard.Task.IsCompleted);
    }

    [Fact]
    public async Task EverySubscriberOfTheCentreHearsTheChange()
    {
        var first = Listener(out var firstListener);
        var second = Listener(out var secondListener);
        using var one = _notifier.Subscribe("63000", firstListener);
        using var two = _notifier.Subscribe("63000", secondListener);

        _notifier.Publish(new QueueChange("63000", ReviewKind.Course, 7, QueueChange.Decided));

        await Task.WhenAll(first.Task, second.Task).WaitAsync(Patience, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ADisposedSubscriptionHearsNothingMore()
    {
        var heard = Listener(out var listener);
        var witness = Listener(out var witnessListener);
        var subscription = _notifier.Subscribe("63000", listener);
        using var other = _notifier.Subscribe("63000", witnessListener);
        subscription.Dispose();

        _notifier.Publish(new QueueChange("63000", ReviewKind.Course, 1, QueueChange.Claimed));
        await witness.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.False(heard.Task.IsCompleted);
    }

    [Fact]
    public async Task AFailingListenerNeitherReachesThePublisherNorSilencesOthers()
    {
        var heard = Listener(out var listener);
        using var failing = _notifier.Subscribe("63000", _ => throw new InvalidOperationException("circuit gone"));
        using var working = _notifier.Subscribe("63000", listener);

        _notifier.Publish(new QueueChange("63000", ReviewKind.Course, 1, QueueChange.Claimed));

        await heard.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task PublishingDoesNotWaitForASlowListener()
    {
        using var gate = new ManualResetEventSlim();
        var published = false;
        var sawPublished = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var slow = _notifier.Subscribe("63000", _ =>
        {
            // Run inline, this would hold Publish until the wait gives up, and see it unfinished.
            gate.Wait(Patience);
            sawPublished.TrySetResult(Volatile.Read(ref published));
            return Task.CompletedTask;
        });

        _notifier.Publish(new QueueChange("63000", ReviewKind.Course, 1, QueueChange.Claimed));
        Volatile.Write(ref published, true);
        gate.Set();

        Assert.True(await sawPublished.Task.WaitAsync(Patience * 2, TestContext.Current.CancellationToken));
    }

    private static TaskCompletionSource<QueueChange> Listener(out Func<QueueChange, Task> listener)
    {
        var heard = new TaskCompletionSource<QueueChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        listener = change =>
        {
            heard.TrySetResult(change);
            return Task.CompletedTask;
        };
        return heard;
    }
}
