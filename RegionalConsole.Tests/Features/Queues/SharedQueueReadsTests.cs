using RegionalConsole.Domain;
using RegionalConsole.Features.Queues;

namespace RegionalConsole.Tests.Features.Queues;

/// <summary>Reads after a change shared by the centre's open queues, and never older than the change.</summary>
public sealed class SharedQueueReadsTests
{
    private readonly SharedQueueReads _reads = new();
    private int _started;

    [Fact]
    public async Task QueuesAskingTheSameAfterTheSameChangeShareOneRead()
    {
        var since = SharedQueueReads.Now();
        var pending = new TaskCompletionSource<int>();

        var first = _reads.ReadAsync(Question("63000"), since, () => Start(pending.Task));
        var second = _reads.ReadAsync(Question("63000"), since, () => Start(pending.Task));
        pending.SetResult(7);

        Assert.Equal(1, _started);
        Assert.Equal(7, await first);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task AReadThatStartedBeforeTheChangeIsNotJoined()
    {
        var before = _reads.ReadAsync(Question("63000"), SharedQueueReads.Now(), () => Start(Task.FromResult(1)));
        await before;
        var changeSaved = SharedQueueReads.Now();

        var after = await _reads.ReadAsync(Question("63000"), changeSaved, () => Start(Task.FromResult(2)));

        Assert.Equal(2, after);
        Assert.Equal(2, _started);
    }

    [Fact]
    public async Task OtherQuestionsAndOtherScopesReadForThemselves()
    {
        var since = SharedQueueReads.Now();

        var one = await _reads.ReadAsync(Question("63000"), since, () => Start(Task.FromResult(1)));
        var otherCentre = await _reads.ReadAsync(Question("65000"), since, () => Start(Task.FromResult(2)));
        var otherScope = await _reads.ReadAsync((new AccessScope(ConsoleRole.Supervisor, null, "63000"), "63000"), since, () => Start(Task.FromResult(3)));

        Assert.Equal((1, 2, 3), (one, otherCentre, otherScope));
        Assert.Equal(3, _started);
    }

    [Fact]
    public async Task AFailedReadIsNotHandedToTheNextAsker()
    {
        var since = SharedQueueReads.Now();
        var failed = _reads.ReadAsync(Question("63000"), since, () => Start(Task.FromException<int>(new TimeoutException("busy"))));
        await Assert.ThrowsAsync<TimeoutException>(() => failed);

        Assert.Equal(5, await _reads.ReadAsync(Question("63000"), since, () => Start(Task.FromResult(5))));
    }

    private static (AccessScope, string) Question(string centre) => (new AccessScope(ConsoleRole.Reviewer, centre, null), centre);

    private Task<int> Start(Task<int> read)
    {
        _started++;
        return read;
    }
}
