using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Features.Tags;

namespace RegionalConsole.Features.Courses;

/// <summary>Runs the checks of SPEC §5 with what they need from the database: term lists, the organiser's other titles.</summary>
public sealed class CourseCheckRunner(ScheduleTermsService terms, TagRegistryService tags)
{
    // Enough of the organiser's recent courses to tell a series apart, without reading its whole history.
    private const int SeriesWindow = 500;

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
        var context = new CheckContext
        {
            Terms = await terms.GetAsync(ct),
            Tags = await tags.GetAsync(ct),
            OrganiserType = organiserType,
            OrganiserCourseTitles = titles,
        };
        return CourseChecker.Standard.Check(draft, context);
    }
}
