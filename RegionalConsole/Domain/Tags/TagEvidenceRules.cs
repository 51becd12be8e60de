using RegionalConsole.Domain.Checks;

namespace RegionalConsole.Domain.Tags;

/// <summary>
/// What shows that a course fits a tag (SPEC §5.2): words and phrases in its title, outline or schedule, the audience it
/// must be for, and the organisers that may run it.
/// </summary>
/// <param name="Keywords">Besides these, the tag's own name and label are always strong evidence.</param>
/// <param name="RequiredAudience">At least one of these must be among the course's audience; empty: any.</param>
/// <param name="AllowedOrganiserTypes">Organiser types that may run a course with the tag; empty: any.</param>
public sealed record TagEvidenceRules(
    IReadOnlyList<TagKeyword> Keywords,
    IReadOnlyList<Audience> RequiredAudience,
    IReadOnlyList<InstitutionType> AllowedOrganiserTypes)
{
    public static TagEvidenceRules None { get; } = new([], [], []);

    /// <summary>Keywords from their written form, 「跨文化=2」 (see <see cref="TagKeyword.Parse"/>).</summary>
    public static TagEvidenceRules FromWords(
        IEnumerable<string> keywords,
        IEnumerable<Audience>? requiredAudience = null,
        IEnumerable<InstitutionType>? allowedOrganiserTypes = null) =>
        new([.. keywords.Select(TagKeyword.Parse)], [.. requiredAudience ?? []], [.. allowedOrganiserTypes ?? []]);

    /// <summary>Whether a course for <paramref name="audience"/> is for whom the tag must be.</summary>
    /// <remarks>「全體」 (<see cref="Audience.All"/>) does not name the audience a tag requires: the course must say it.</remarks>
    public bool AudienceFits(IReadOnlyList<Audience> audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return RequiredAudience.Count == 0 || RequiredAudience.Any(audience.Contains);
    }

    /// <summary>Whether the organiser may run the tag's courses; an unknown organiser type is not held against it.</summary>
    public bool OrganiserFits(InstitutionType? organiserType) =>
        AllowedOrganiserTypes.Count == 0 || organiserType is null || AllowedOrganiserTypes.Contains(organiserType.Value);
}
