using System.Text.Json.Serialization;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Courses;

// The course body and answer of SPEC §10. Field names are the contract; enums travel as their names and are
// parsed by CourseBodyReader so that a bad value is named in a 400 rather than lost in a binding failure.

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
    string? ScheduleText);

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
    /// <summary>E.g. CENTRE_WITHOUT_REVIEWER (SPEC §13.1); left out when there is none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ApiWarning>? Warnings { get; init; }
}

public sealed record SegmentAnswer(int Index, string Classification, string? Category, string? Term,
    string? Date, string? Start, string? End, string? Activity, int Minutes);

public sealed record CheckAnswer(string Code, string Severity, string Rule, string Message, string? Evidence, string? Tag);
