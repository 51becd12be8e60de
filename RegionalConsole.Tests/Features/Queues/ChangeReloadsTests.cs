using RegionalConsole.Features.Queues;

namespace RegionalConsole.Tests.Features.Queues;

/// <summary>An open queue reloads once for a burst of changes, and not at all for a change its own load already saw.</summary>
public sealed class ChangeReloadsTests
{
    private readonly ChangeReloads _reloads = new();

    [Fact]
    public void TheFirstChangeSchedulesAReloadAndTheRestOfTheBurstJoinsIt()
    {
        Assert.True(_reloads.Notice(10));
        Assert.False(_reloads.Notice(11));
        Assert.False(_reloads.Notice(12));

        Assert.Equal(20, _reloads.Begin(20));
    }

    [Fact]
    public void AChangeAfterTheReloadBeganSchedulesAnother()
    {
        _reloads.Notice(10);
        _reloads.Begin(20);
        _reloads.LoadStarted(20);

        Assert.True(_reloads.Notice(30));
        Assert.Equal(40, _reloads.Begin(40));
    }

    [Fact]
    public void AChangeThatTheQueuesOwnLoadAlreadySawNeedsNoReload()
    {
        // The reviewer's claim is saved and noticed, then their queue reloads at once; the notice's reload runs after.
        Assert.True(_reloads.Notice(10));
        _reloads.LoadStarted(15);

        Assert.Null(_reloads.Begin(20));
    }

    [Fact]
    public void ALoadThatStartedBeforeALaterChangeOfTheBurstDoesNotAnswerIt()
    {
        _reloads.Notice(10);
        _reloads.LoadStarted(15);
        _reloads.Notice(16);

        Assert.Equal(20, _reloads.Begin(20));
    }

    [Fact]
    public void ALoadStartedAtTheMomentOfTheNoticeIsNotTakenToHaveSeenIt()
    {
        _reloads.Notice(10);
        _reloads.LoadStarted(10);

        Assert.Equal(20, _reloads.Begin(20));
    }

    [Fact]
    public void AnEarlierMomentArrivingLateNeverHidesALaterOne()
    {
        // Two notices raced on different threads; the earlier moment was written last.
        _reloads.Notice(30);
        _reloads.Notice(10);
        _reloads.LoadStarted(20);

        Assert.Equal(40, _reloads.Begin(40));
    }

    [Fact]
    public void AnOlderLoadReportedLateDoesNotUndoANewerOne()
    {
        _reloads.Notice(10);
        _reloads.LoadStarted(15);
        _reloads.LoadStarted(5);

        Assert.Null(_reloads.Begin(20));
    }

    [Fact]
    public async Task NoticesFromManyThreadsScheduleExactlyOneReload()
    {
        var scheduled = 0;
        await Task.WhenAll(Enumerable.Range(1, 64).Select(i => Task.Run(() =>
        {
            if (_reloads.Notice(i))
            {
                Interlocked.Increment(ref scheduled);
            }
        })));

        Assert.Equal(1, scheduled);
        _reloads.LoadStarted(63);
        Assert.Equal(100, _reloads.Begin(100));
    }
}
