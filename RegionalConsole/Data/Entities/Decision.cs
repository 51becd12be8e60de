using RegionalConsole.Domain.Review;

namespace RegionalConsole.Data.Entities;

/// <summary>A reviewer's decision on a review item, kept in its history (SPEC §3).</summary>
public class Decision
{
    public int Id { get; set; }
    public int ReviewItemId { get; set; }
    public ReviewOutcome Outcome { get; set; }
    public string? Reason { get; set; }
    public string? OverrideReason { get; set; }
    public int DecidedById { get; set; }
    public DateTime DecidedAt { get; set; }
}
