using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Features.Tags;

/// <summary>The attribute tags as stored (SPEC §5.2), built into a registry once and shared until a change.</summary>
public sealed class TagRegistryService
{
    private readonly CachedValue<TagRegistry> _registry;

    public TagRegistryService(IDbContextFactory<ConsoleDbContext> contexts) => _registry = new(async ct =>
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return TagRows.ToRegistry(await db.Tags.AsNoTracking().ToListAsync(ct));
    });

    public Task<TagRegistry> GetAsync(CancellationToken ct = default) => _registry.GetAsync(ct);

    public void Invalidate() => _registry.Invalidate();
}
