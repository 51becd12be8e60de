using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Data;

/// <summary>
/// The one mapping between the Tags table and <see cref="TagDefinition"/> (SPEC §5.2): keywords stored as 「term=weight」,
/// audiences and organiser types by their enum names.
/// </summary>
internal static class TagRows
{
    public static Tag ToRow(TagDefinition tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var row = new Tag { Name = tag.Name, Label = tag.Label };
        CopyTo(tag, row);
        return row;
    }

    /// <summary>Writes a definition onto a stored row (the name is the row's identity and stays).</summary>
    public static void CopyTo(TagDefinition tag, Tag row)
    {
        ArgumentNullException.ThrowIfNull(tag);
        ArgumentNullException.ThrowIfNull(row);
        row.Label = tag.Label;
        row.Definition = tag.Definition;
        row.RequestingUnit = tag.RequestingUnit;
        row.Status = tag.Status;
        row.ActiveFrom = tag.ActiveFrom;
        row.RetiredOn = tag.RetiredOn;
        row.Keywords = [.. tag.Keywords.Select(k => k.ToString())];
        row.RequiredAudience = [.. tag.RequiredAudience.Select(a => a.ToString())];
        row.AllowedOrganiserTypes = [.. tag.AllowedOrganiserTypes.Select(t => t.ToString())];
    }

    /// <summary>A stored row as a definition; a row that breaks the lifecycle's rules throws, naming the tag.</summary>
    public static TagDefinition ToDefinition(Tag row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var evidence = TagEvidenceRules.FromWords(
            row.Keywords,
            row.RequiredAudience.Select(a => Parse<Audience>(row, a)),
            row.AllowedOrganiserTypes.Select(t => Parse<InstitutionType>(row, t)));
        return TagDefinition.Restore(row.Name, row.Label, row.Definition, row.RequestingUnit, row.Status, row.ActiveFrom, row.RetiredOn, evidence);
    }

    public static TagRegistry ToRegistry(IEnumerable<Tag> rows) => new(rows.OrderBy(r => r.Id).Select(ToDefinition));

    private static T Parse<T>(Tag row, string name)
        where T : struct, Enum =>
        Enum.TryParse<T>(name, ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw new InvalidOperationException($"Tag 「{row.Name}」 names an unknown {typeof(T).Name} 「{name}」.");
}
