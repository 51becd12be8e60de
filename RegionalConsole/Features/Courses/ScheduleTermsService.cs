using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Features.Courses;

/// <summary>The administrator-editable term lists (SPEC §5.3) as compiled <see cref="ScheduleTerms"/>, cached until changed.</summary>
public sealed class ScheduleTermsService(IDbContextFactory<ConsoleDbContext> contexts)
{
    private ScheduleTerms? _current;

    public async Task<ScheduleTerms> GetAsync(CancellationToken ct = default)
    {
        if (Volatile.Read(ref _current) is { } cached)
        {
            return cached;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.ScheduleTerms.AsNoTracking().ToListAsync(ct);
        var terms = rows.Count == 0 ? ScheduleTerms.Default : new ScheduleTerms(
            rows.Where(r => r.Kind == ScheduleTerm.Excluded && r.Category is not null)
                .GroupBy(r => Enum.Parse<ExcludedCategory>(r.Category!))
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Term)]),
            [.. rows.Where(r => r.Kind == ScheduleTerm.Teaching).Select(r => r.Term)],
            [.. rows.Where(r => r.Kind == ScheduleTerm.UnderDiscussion).Select(r => r.Term)]);
        Volatile.Write(ref _current, terms);
        return terms;
    }

    public void Invalidate() => Volatile.Write(ref _current, null);
}
