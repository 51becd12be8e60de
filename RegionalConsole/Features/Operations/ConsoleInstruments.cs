using System.Diagnostics;
using System.Diagnostics.Metrics;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.Operations;

/// <summary>
/// The console's own meter and activity source, both named <see cref="Name"/>. Counters are counted where the event
/// happens; with no listener (telemetry off, README "Operations") adding to them only checks a flag. The meter comes
/// from the host's <see cref="IMeterFactory"/>, so two hosts in one process (tests) never mix their measurements.
/// </summary>
public sealed class ConsoleInstruments
{
    public const string Name = "RegionalConsole";

    /// <summary>Spans around background work (mail and webhook sending, the exchange run, due-date recomputation).</summary>
    public static readonly ActivitySource Activities = new(Name);

    private readonly Counter<long> _decisions;
    private readonly Counter<long> _refusals;

    public ConsoleInstruments(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        Meter = meters.Create(Name);
        _decisions = Meter.CreateCounter<long>("regional_console.review.decisions", "{decision}",
            "Review decisions recorded, by review kind and outcome.");
        _refusals = Meter.CreateCounter<long>("regional_console.api.refusals", "{refusal}",
            "Partner API requests refused, by HTTP status and refusal code.");
    }

    public Meter Meter { get; }

    public void Decided(ReviewKind kind, ReviewOutcome outcome) =>
        _decisions.Add(1, new KeyValuePair<string, object?>("review_kind", KindName(kind)),
            new KeyValuePair<string, object?>("outcome", OutcomeName(outcome)));

    public void Refused(int status, string code) =>
        _refusals.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status),
            new KeyValuePair<string, object?>("code", code));

    // Fixed lower-case words, not enum ToString(): a renamed member must not silently rename a series.
    private static string KindName(ReviewKind kind) => kind switch
    {
        ReviewKind.Course => "course",
        ReviewKind.Roster => "roster",
        ReviewKind.Cancellation => "cancellation",
        _ => "other",
    };

    private static string OutcomeName(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.Approved => "approved",
        ReviewOutcome.Returned => "returned",
        ReviewOutcome.Rejected => "rejected",
        ReviewOutcome.Withdrawn => "withdrawn",
        _ => "other",
    };
}
