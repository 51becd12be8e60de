using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Features.Tags;

namespace RegionalConsole.Features.Courses;

/// <summary>Runs the checks of SPEC §5 with what they need from the database: term lists, the organiser's other titles.</summary>
public sealed class CourseCheckRunner(ScheduleTermsService terms, TagRegistryService tags)
{
    // Enough of the organiser's recent courses to tell a series apart, without reading its whole history.
    internal const int SeriesWindow = 500;

    public async Task<CourseCheckReport> RunAsync(ConsoleDbContext db, CourseDraft draft, int? courseId, CancellationToken ct)
    {
        var titles = await db.Courses.AsNoTracking()
            .Where(c => c.OrganiserCode == draft.OrganiserCode && c.Id != courseId && c.Status != CourseStatus.Cancelled)
            .OrderByDescending(c => c.Id)
            .Take(SeriesWindow)
            .Select(c => c.Title)
            .ToListAsync(ct);
        var organiserType = await db.Institutions.AsNoTracking().Where(i => i.Code == draft.OrganiserCode)
            .Select(i => (Domain.InstitutionType?)i.Type).FirstOrDefaultAsync(ct);
        return Check(draft, await ReferencesAsync(ct), organiserType, titles);
    }

    /// <summary>The administrator's term lists and tags, read once for many checks.</summary>
    public async Task<CheckReferences> ReferencesAsync(CancellationToken ct) =>
        new(await terms.GetAsync(ct), await tags.GetAsync(ct));

    /// <summary>
    /// The newest titles of each organiser's courses (newest first, at most <see cref="SeriesWindow"/> each) in one
    /// query, for checking many courses of several organisers at once.
    /// </summary>
    public static async Task<Dictionary<string, List<string>>> OrganiserTitlesAsync(ConsoleDbContext db, IReadOnlyCollection<string> organiserCodes,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (organiserCodes.Count == 0)
        {
            return [];
        }

        var codes = organiserCodes.ToList();
        var rows = await db.Courses.AsNoTracking()
            .Where(c => codes.Contains(c.OrganiserCode) && c.Status != CourseStatus.Cancelled)
            .GroupBy(c => c.OrganiserCode)
            .Select(g => new { Organiser = g.Key, Titles = g.OrderByDescending(c => c.Id).Take(SeriesWindow).Select(c => c.Title).ToList() })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Organiser, r => r.Titles, StringComparer.Ordinal);
    }

    /// <summary>The checks themselves: pure, no database.</summary>
    public static CourseCheckReport Check(CourseDraft draft, CheckReferences references, Domain.InstitutionType? organiserType,
        IReadOnlyList<string> organiserTitles)
    {
        ArgumentNullException.ThrowIfNull(references);
        var context = new CheckContext
        {
            Terms = references.Terms,
            Tags = references.Tags,
            OrganiserType = organiserType,
            OrganiserCourseTitles = organiserTitles,
        };
        return CourseChecker.Standard.Check(draft, context);
    }
}

public sealed record CheckReferences(Domain.Schedule.ScheduleTerms Terms, Domain.Tags.TagRegistry Tags);
