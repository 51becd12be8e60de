using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Features.Tags;

/// <summary>
/// The attribute tags as stored (SPEC §5.2), built into a registry once and shared until a node reports a change
/// (<see cref="SharedState.Tags"/>).
/// </summary>
public sealed class TagRegistryService
{
    private readonly CachedValue<TagRegistry> _registry;

    public TagRegistryService(IDbContextFactory<ConsoleDbContext> contexts, SharedStateCaches caches)
    {
        ArgumentNullException.ThrowIfNull(caches);
        _registry = caches.Create(SharedState.Tags, async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return TagRows.ToRegistry(await db.Tags.AsNoTracking().ToListAsync(ct));
        });
    }

    public Task<TagRegistry> GetAsync(CancellationToken ct = default) => _registry.GetAsync(ct);
}
