using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using RegionalConsole.Features;

namespace RegionalConsole.Tests.Features.Caching;

/// <summary>One node's caches of shared state: a change to one state drops that state's caches only.</summary>
public sealed class SharedStateCachesTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
    private readonly Dictionary<SharedState, int> _loads = [];

    [Fact]
    public async Task AChangeToTheCalendarDropsTheCalendarAndLeavesTheTermsAndTags()
    {
        var caches = new SharedStateCaches(_clock, SharedStateCaches.Options.From(Configuration()));
        var values = Enum.GetValues<SharedState>().ToDictionary(s => s, s => Counting(caches, s));
        foreach (var value in values.Values)
        {
            await value.GetAsync();
        }

        ((ISharedStateNotifier)caches).Changed(SharedState.Calendar);
        foreach (var value in values.Values)
        {
            await value.GetAsync();
        }

        Assert.Equal(2, _loads[SharedState.Calendar]);
        Assert.Equal(1, _loads[SharedState.Terms]);
        Assert.Equal(1, _loads[SharedState.Tags]);
    }

    [Fact]
    public async Task InvalidatingAllDropsEveryCache()
    {
        var caches = new SharedStateCaches(_clock, SharedStateCaches.Options.From(Configuration()));
        var values = Enum.GetValues<SharedState>().Select(s => Counting(caches, s)).ToList();
        foreach (var value in values)
        {
            await value.GetAsync();
        }

        caches.InvalidateAll();
        foreach (var value in values)
        {
            await value.GetAsync();
        }

        Assert.All(_loads.Values, loads => Assert.Equal(2, loads));
    }

    [Fact]
    public async Task CachedStateLivesFiveMinutesUnlessConfiguredOtherwise()
    {
        var byDefault = new SharedStateCaches(_clock, SharedStateCaches.Options.From(Configuration()));
        var configured = new SharedStateCaches(_clock, SharedStateCaches.Options.From(Configuration(("Caching:SharedStateMinutes", "1"))));
        var calendar = Counting(configured, SharedState.Calendar);
        await calendar.GetAsync();

        _clock.Advance(TimeSpan.FromMinutes(1));
        await calendar.GetAsync();

        Assert.Equal(TimeSpan.FromMinutes(5), byDefault.Lifetime);
        Assert.Equal(2, _loads[SharedState.Calendar]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1441")]
    public void ALifetimeOutOfRangeFailsAtStartNamingTheKey(string minutes)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            SharedStateCaches.Options.From(Configuration(("Caching:SharedStateMinutes", minutes))));

        Assert.Contains("Caching:SharedStateMinutes", error.Message, StringComparison.Ordinal);
    }

    private CachedValue<string> Counting(SharedStateCaches caches, SharedState state) => caches.Create(state, _ =>
    {
        _loads[state] = _loads.GetValueOrDefault(state) + 1;
        return Task.FromResult($"{state} {_loads[state]}");
    });

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
