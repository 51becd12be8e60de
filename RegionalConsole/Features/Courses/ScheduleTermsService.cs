using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Features.Courses;

/// <summary>
/// The administrator-editable term lists (SPEC §5.3) as compiled <see cref="ScheduleTerms"/>, cached until a node
/// reports a change (<see cref="SharedState.Terms"/>).
/// </summary>
public sealed class ScheduleTermsService
{
    private readonly CachedValue<ScheduleTerms> _terms;

    public ScheduleTermsService(IDbContextFactory<ConsoleDbContext> contexts, SharedStateCaches caches)
    {
        ArgumentNullException.ThrowIfNull(caches);
        _terms = caches.Create(SharedState.Terms, async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rows = await db.ScheduleTerms.AsNoTracking().ToListAsync(ct);
            return rows.Count == 0 ? ScheduleTerms.Default : new ScheduleTerms(
                rows.Where(r => r.Kind == ScheduleTerm.Excluded && r.Category is not null)
                    .GroupBy(r => Enum.Parse<ExcludedCategory>(r.Category!))
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Term)]),
                [.. rows.Where(r => r.Kind == ScheduleTerm.Teaching).Select(r => r.Term)],
                [.. rows.Where(r => r.Kind == ScheduleTerm.UnderDiscussion).Select(r => r.Term)]);
        });
    }

    public Task<ScheduleTerms> GetAsync(CancellationToken ct = default) => _terms.GetAsync(ct);
}
