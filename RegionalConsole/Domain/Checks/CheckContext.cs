using RegionalConsole.Domain.Schedule;

namespace RegionalConsole.Domain.Checks;

/// <summary>
/// What the checks need beyond the course itself: administrator data and the organiser's other courses. Build one
/// per organiser (or per batch) and reuse it: what it derives is computed once.
/// </summary>
/// <remarks>
/// Tag checks (SPEC §5.2) add their tag registry here as another init property, beside their own
/// <see cref="ICourseCheck"/>; nothing else needs to change.
/// </remarks>
public sealed class CheckContext
{
    private SeriesTitles? seriesTitles;

    public static CheckContext Default { get; } = new();

    /// <summary>The non-creditable time term lists (管理規定第10條第4款).</summary>
    public ScheduleTerms Terms { get; init; } = ScheduleTerms.Default;

    /// <summary>Titles of the same organiser's other courses (not the one under check), to tell a series apart.</summary>
    public IReadOnlyList<string> OrganiserCourseTitles { get; init; } = [];

    // Racing threads compute the same value; the last one wins harmlessly.
    internal SeriesTitles SeriesTitles => seriesTitles ??= new SeriesTitles(OrganiserCourseTitles);
}
