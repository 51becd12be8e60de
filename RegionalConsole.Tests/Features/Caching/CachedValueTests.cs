using Microsoft.Extensions.Time.Testing;
using RegionalConsole.Features;

namespace RegionalConsole.Tests.Features.Caching;

/// <summary>A cached value of shared state: loaded once, dropped on invalidation or when older than its lifetime.</summary>
public sealed class CachedValueTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
    private int _loads;

    [Fact]
    public async Task AValueIsLoadedOnceAndSharedByLaterReads()
    {
        var cached = Counting();

        var first = await cached.GetAsync();
        var second = await cached.GetAsync();

        Assert.Equal(("load 1", "load 1"), (first, second));
        Assert.Equal(1, _loads);
    }

    [Fact]
    public async Task AnInvalidatedValueIsLoadedAgainOnTheNextRead()
    {
        var cached = Counting();
        await cached.GetAsync();

        cached.Invalidate();

        Assert.Equal("load 2", await cached.GetAsync());
    }

    [Fact]
    public async Task AValueYoungerThanItsLifetimeIsKept()
    {
        var cached = Counting();
        await cached.GetAsync();

        _clock.Advance(Lifetime - TimeSpan.FromSeconds(1));

        Assert.Equal("load 1", await cached.GetAsync());
    }

    [Fact]
    public async Task AValueExpiresAfterItsLifetimeThoughNoOneInvalidatedIt()
    {
        var cached = Counting();
        await cached.GetAsync();

        _clock.Advance(Lifetime);

        Assert.Equal("load 2", await cached.GetAsync());
        Assert.Equal("load 2", await cached.GetAsync());
    }

    [Fact]
    public async Task ALoadThatAnInvalidationOvertookIsUsedByItsCallerButNotKept()
    {
        var stale = new TaskCompletionSource<string>();
        var loads = 0;
        var cached = new CachedValue<string>(_ => ++loads == 1 ? stale.Task : Task.FromResult("fresh"), _clock, Lifetime);

        var inFlight = cached.GetAsync();
        cached.Invalidate();
        stale.SetResult("stale");

        Assert.Equal("stale", await inFlight);
        Assert.Equal("fresh", await cached.GetAsync());
    }

    [Fact]
    public async Task AValuesAgeCountsFromTheStartOfItsLoad()
    {
        var slow = new TaskCompletionSource<string>();
        var loads = 0;
        var cached = new CachedValue<string>(_ => ++loads == 1 ? slow.Task : Task.FromResult("reloaded"), _clock, Lifetime);

        var loading = cached.GetAsync();
        _clock.Advance(Lifetime);
        slow.SetResult("read five minutes ago");
        await loading;

        Assert.Equal("reloaded", await cached.GetAsync());
    }

    private CachedValue<string> Counting() =>
        new(_ => Task.FromResult($"load {Interlocked.Increment(ref _loads)}"), _clock, Lifetime);
}
