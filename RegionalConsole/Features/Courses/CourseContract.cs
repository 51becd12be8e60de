using System.Text.Json.Serialization;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Courses;

// The course body and answer of SPEC §10. Field names are the contract; enums travel as their names and are
// parsed by CourseBodyReader so that a bad value is named in a 400 rather than lost in a binding failure.

/// <param name="Change">On a PUT that postpones an approved course with enrolled teachers: its reason and notice (SPEC §13.2).</param>
public sealed record CourseBody(
    string? ExternalId,
    string? OrganiserCode,
    string? Title,
    List<string>? Tags,
    string? Outline,
    string? ApprovalDocNo,
    DeliveryBody? Delivery,
    string? StartDate,
    string? EndDate,
    decimal? DeclaredHours,
    List<string>? Audience,
    List<SegmentBody?>? Schedule,
    string? ScheduleText,
    Cancellations.CancellationBody? Change = null)
{
    /// <summary>The course's own contact (研習承辦人, SPEC §13.2), who then receives the mails about it.</summary>
    public ContactBody? Contact { get; init; }
}

public sealed record ContactBody(string? Name, string? Email, string? Phone);

public sealed record DeliveryBody(string? Mode, string? OnlineKind, List<string>? Software, string? SoftwareOther);

public sealed record SegmentBody(string? Date, string? Start, string? End, string? Activity);

public sealed record CourseAnswer(
    string? CourseNo,
    string? Centre,
    string? Status,
    string? ReviewDueDate,
    int CreditableMinutes,
    int JudgementMinutes,
    IReadOnlyList<SegmentAnswer> Segments,
    IReadOnlyList<CheckAnswer> Checks,
    int? Version = null)
{
    // SPEC §14.2: where the course stands, so a partner learns every outcome without reading course by course. Set by
    // CourseAnswerReader; a validation answer has none of them.
    public string? ExternalId { get; init; }

    public string? OrganiserCode { get; init; }

    public int? Enrolled { get; init; }

    public ReviewAnswer? Review { get; init; }

    public IReadOnlyList<TagStateAnswer>? Tags { get; init; }

    public RosterStateAnswer? Roster { get; init; }

    public CancellationStateAnswer? Cancellation { get; init; }

    /// <summary>E.g. CENTRE_WITHOUT_REVIEWER (SPEC §13.1); left out when there is none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ApiWarning>? Warnings { get; init; }
}

/// <param name="State">Open, Decided or Withdrawn (closed because the course was cancelled under review).</param>
/// <param name="Outcome">Approved, Returned or Rejected once decided; null otherwise.</param>
/// <param name="DecidedAt">ISO 8601 with the Taipei offset.</param>
public sealed record ReviewAnswer(string Kind, string State, string? Outcome, string? DecidedAt, string? Reason, string? DueDate);

/// <param name="State">Declared (not yet judged), Confirmed, Removed or Added by the reviewer.</param>
public sealed record TagStateAnswer(string Name, string State);

/// <param name="State">None, Open, Approved or Returned.</param>
public sealed record RosterStateAnswer(string State, int Attendees, decimal HoursIssued);

/// <param name="State">Open, Accepted or Returned.</param>
public sealed record CancellationStateAnswer(string ReasonCategory, string Reason, string State);

public sealed record SegmentAnswer(int Index, string Classification, string? Category, string? Term,
    string? Date, string? Start, string? End, string? Activity, int Minutes);

public sealed record CheckAnswer(string Code, string Severity, string Rule, string Message, string? Evidence, string? Tag);
