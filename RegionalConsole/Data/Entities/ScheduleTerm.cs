namespace RegionalConsole.Data.Entities;

/// <summary>Administrator-editable term of the non-creditable time rule (SPEC §5.3).</summary>
public class ScheduleTerm
{
    public const string Excluded = "Excluded";
    public const string Teaching = "Teaching";
    public const string UnderDiscussion = "UnderDiscussion";

    public int Id { get; set; }

    /// <summary>Excluded, Teaching or UnderDiscussion.</summary>
    public required string Kind { get; set; }

    public string? Category { get; set; }
    public required string Term { get; set; }
}
