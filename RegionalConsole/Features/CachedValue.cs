namespace RegionalConsole.Features;

/// <summary>
/// A value built from the database once and shared until <see cref="Invalidate"/>: term lists, the tag registry.
/// A load that started before an invalidation is used by its caller but never cached.
/// </summary>
public sealed class CachedValue<T>(Func<CancellationToken, Task<T>> load)
    where T : class
{
    private T? _value;
    private int _generation;

    public async Task<T> GetAsync(CancellationToken ct = default)
    {
        if (Volatile.Read(ref _value) is { } cached)
        {
            return cached;
        }

        var generation = Volatile.Read(ref _generation);
        var loaded = await load(ct);
        if (Volatile.Read(ref _generation) == generation)
        {
            Interlocked.CompareExchange(ref _value, loaded, null);
        }

        return loaded;
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _value, null);
    }
}
