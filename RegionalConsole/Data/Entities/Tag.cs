using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Data.Entities;

/// <summary>An attribute tag (屬性標籤), SPEC §5.2.</summary>
public class Tag
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Label { get; set; }
    public string? Definition { get; set; }
    public string? RequestingUnit { get; set; }
    public TagStatus Status { get; set; }
    public DateOnly? ActiveFrom { get; set; }
    public DateOnly? RetiredOn { get; set; }
    /// <summary>Evidence keywords written 「term=weight」 (<see cref="TagKeyword"/>).</summary>
    public List<string> Keywords { get; set; } = [];
    /// <summary><see cref="Domain.Checks.Audience"/> names.</summary>
    public List<string> RequiredAudience { get; set; } = [];
    /// <summary><see cref="Domain.InstitutionType"/> names.</summary>
    public List<string> AllowedOrganiserTypes { get; set; } = [];
}
