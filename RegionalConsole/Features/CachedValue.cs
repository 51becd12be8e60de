namespace RegionalConsole.Features;

/// <summary>
/// A value built from the database and shared until <see cref="Invalidate"/> or until it is older than its lifetime:
/// the calendar, the term lists, the tag registry (see <see cref="SharedStateCaches"/>). A load that started before
/// an invalidation is used by its caller but never cached; a value's age counts from the start of its load.
/// </summary>
public sealed class CachedValue<T>(Func<CancellationToken, Task<T>> load, TimeProvider clock, TimeSpan lifetime)
    where T : class
{
    private readonly Lock _gate = new();
    private Entry? _entry;
    private int _generation;

    public async Task<T> GetAsync(CancellationToken ct = default)
    {
        if (Volatile.Read(ref _entry) is { } cached && clock.GetElapsedTime(cached.Started) < lifetime)
        {
            return cached.Value;
        }

        var generation = Volatile.Read(ref _generation);
        var started = clock.GetTimestamp();
        var loaded = await load(ct);
        lock (_gate)
        {
            // Checked under the lock Invalidate takes, so a load that an invalidation overtook is never stored.
            if (_generation == generation && (_entry is null || _entry.Started < started))
            {
                Volatile.Write(ref _entry, new Entry(loaded, started));
            }
        }

        return loaded;
    }

    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
            Volatile.Write(ref _entry, null);
        }
    }

    private sealed record Entry(T Value, long Started);
}
