using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Preschool;
using RegionalConsole.Features.Tags;

namespace RegionalConsole.Features.Preschool;

public sealed record PreschoolRegistrationRow(string Code, string Name, string CountyCode, int Courses);

/// <summary>
/// How many 教保 courses each preschool registered on the network this ROC year (共同研討一 提案二 決議一: bureaus make their
/// preschools register their 教保 courses here), zeros first so a supervisor sees whom to chase. A 教保 course is one
/// whose current version declares an exchange tag (<see cref="ExchangeTags"/>; declared, since registering is the
/// preschool's act), submitted this year (Taipei), organised by the preschool, and not rejected (不通過 is no registration).
/// </summary>
public sealed class PreschoolRegistrationService(IDbContextFactory<ConsoleDbContext> contexts, TagRegistryService tags, TimeProvider clock)
{
    public async Task<IReadOnlyList<PreschoolRegistrationRow>> ListAsync(ConsoleUser user, string? county, string? search, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!PreschoolScope.TryCounty(user, county, out var scoped))
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var preschools = db.Institutions.AsNoTracking().Where(i => i.Type == InstitutionType.Preschool);
        if (scoped is not null)
        {
            preschools = preschools.Where(i => i.CountyCode == scoped);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var words = search.Trim();
            preschools = preschools.Where(i => i.Name.Contains(words) || i.Code.StartsWith(words));
        }

        var rows = await preschools.Select(i => new { i.Code, i.Name, i.CountyCode }).ToListAsync(ct);
        var year = RocDate.TaipeiDate(clock.GetUtcNow()).Year;
        // Taipei has no daylight saving: the year starts at 16:00 UTC on 31 December.
        var yearStart = new DateTime(year - 1, 12, 31, 16, 0, 0, DateTimeKind.Utc);
        var yearEnd = yearStart.AddYears(1);
        var codes = rows.Select(r => r.Code).ToList();
        var courses = await (
            from c in db.Courses.AsNoTracking()
            where codes.Contains(c.OrganiserCode) && c.CreatedAt >= yearStart && c.CreatedAt < yearEnd && c.Status != CourseStatus.Rejected
            join v in db.CourseVersions on new { c.Id, No = c.CurrentVersionNo } equals new { Id = v.CourseId, No = v.VersionNo }
            select new { c.OrganiserCode, v.Tags }).ToListAsync(ct);
        var registry = await tags.GetAsync(ct);
        var counts = courses.Where(c => c.Tags.Any(t => ExchangeTags.IsExchangeTag(t, registry)))
            .GroupBy(c => c.OrganiserCode).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. rows.Select(r => new PreschoolRegistrationRow(r.Code, r.Name, r.CountyCode, counts.GetValueOrDefault(r.Code)))
            .OrderBy(r => r.Courses).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }
}
