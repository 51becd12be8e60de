using RegionalConsole.Domain.Schedule;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Domain.Checks;

/// <summary>
/// What the checks need beyond the course itself: administrator data and the organiser's other courses. Build one
/// per organiser (or per batch) and reuse it: what it derives is computed once.
/// </summary>
public sealed class CheckContext
{
    private SeriesTitles? seriesTitles;

    public static CheckContext Default { get; } = new();

    /// <summary>The non-creditable time term lists (管理規定第10條第4款).</summary>
    public ScheduleTerms Terms { get; init; } = ScheduleTerms.Default;

    /// <summary>Titles of the same organiser's other courses (not the one under check), to tell a series apart.</summary>
    public IReadOnlyList<string> OrganiserCourseTitles { get; init; } = [];

    /// <summary>The tag table the tag checks use (SPEC §5.2); null turns them off.</summary>
    /// <remarks>
    /// Defaults to the seeded tags (<see cref="TagRegistry.Default"/>) rather than to none, so a caller that forgets to
    /// pass the administrator's table still has every declared tag checked against a sensible list instead of none.
    /// The app passes the table it keeps.
    /// </remarks>
    public TagRegistry? Tags { get; init; } = TagRegistry.Default;

    /// <summary>The organiser's type (開課單位類型), when known: some tags allow only some organisers.</summary>
    public InstitutionType? OrganiserType { get; init; }

    // Racing threads compute the same value; the last one wins harmlessly.
    internal SeriesTitles SeriesTitles => seriesTitles ??= new SeriesTitles(OrganiserCourseTitles);
}
