namespace RegionalConsole.Features;

/// <summary>
/// This node's caches of shared state. Each is dropped when any node reports a change (<see cref="ISharedStateNotifier"/>)
/// and, as a safety net for a notice this node missed, when older than <c>Caching:SharedStateMinutes</c>.
/// </summary>
public sealed class SharedStateCaches(TimeProvider clock, SharedStateCaches.Options options) : ISharedStateNotifier
{
    private readonly Lock _gate = new();
    private readonly List<(SharedState State, Action Invalidate)> _caches = [];

    public TimeSpan Lifetime => options.Lifetime;

    public CachedValue<T> Create<T>(SharedState state, Func<CancellationToken, Task<T>> load)
        where T : class
    {
        var cached = new CachedValue<T>(load, clock, options.Lifetime);
        lock (_gate)
        {
            _caches.Add((state, cached.Invalidate));
        }

        return cached;
    }

    /// <summary>Drops this node's caches of <paramref name="state"/>; the next read loads it again.</summary>
    public void Invalidate(SharedState state)
    {
        foreach (var invalidate in Invalidators(s => s == state))
        {
            invalidate();
        }
    }

    /// <summary>Drops every cache, e.g. when this node may have missed notices while it was not listening.</summary>
    public void InvalidateAll()
    {
        foreach (var invalidate in Invalidators(_ => true))
        {
            invalidate();
        }
    }

    /// <summary>One node (SQLite): a change made here is the only one there is to hear.</summary>
    void ISharedStateNotifier.Changed(SharedState state) => Invalidate(state);

    private List<Action> Invalidators(Func<SharedState, bool> which)
    {
        lock (_gate)
        {
            return [.. _caches.Where(c => which(c.State)).Select(c => c.Invalidate)];
        }
    }

    /// <summary>The <c>Caching</c> configuration section: <c>Caching:SharedStateMinutes</c> (default 5).</summary>
    public sealed record Options(TimeSpan Lifetime)
    {
        public const string LifetimeKey = "Caching:SharedStateMinutes";

        public static Options From(IConfiguration configuration)
        {
            ArgumentNullException.ThrowIfNull(configuration);
            var minutes = configuration.GetValue(LifetimeKey, 5);
            return minutes is > 0 and <= 24 * 60 ? new Options(TimeSpan.FromMinutes(minutes))
                : throw new InvalidOperationException($"{LifetimeKey} must be a whole number of minutes from 1 to 1440.");
        }
    }
}
