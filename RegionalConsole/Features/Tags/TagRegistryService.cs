using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Features.Tags;

/// <summary>The attribute tags as stored (SPEC §5.2), built into a registry once and shared until a change.</summary>
public sealed class TagRegistryService(IDbContextFactory<ConsoleDbContext> contexts)
{
    private TagRegistry? _current;

    public async Task<TagRegistry> GetAsync(CancellationToken ct = default)
    {
        if (Volatile.Read(ref _current) is { } cached)
        {
            return cached;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var registry = TagRows.ToRegistry(await db.Tags.AsNoTracking().ToListAsync(ct));
        Volatile.Write(ref _current, registry);
        return registry;
    }

    public void Invalidate() => Volatile.Write(ref _current, null);
}
