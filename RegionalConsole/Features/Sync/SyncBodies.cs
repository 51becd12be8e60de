using System.Text.Json.Serialization;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Sync;

/// <param name="ContactEmail">The organiser's address for mails about its courses: omitted keeps the stored one, null clears it.</param>
public sealed record InstitutionBody(string? Name, string? Type, string? CountyCode, Optional<string> ContactEmail);

/// <summary>What the console holds of an institution (PUT, batch, GET /api/v1/institutions/{code}).</summary>
public sealed record InstitutionAnswer(string Code, string Name, string Type, string CountyCode, string? Centre, bool Routed, string? ContactEmail)
{
    /// <summary>E.g. CENTRE_WITHOUT_REVIEWER (SPEC §13.1); left out when there is none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ApiWarning>? Warnings { get; init; }
}

/// <param name="ServingInstitutionCode">Null = 無服務學校.</param>
/// <param name="PreschoolEducator">SPEC §14.4: omitted keeps the stored flag, null clears it.</param>
public sealed record TeacherBody(string? Name, string? ServingInstitutionCode, Optional<bool?> PreschoolEducator);

/// <summary>What the console holds of a teacher (PUT, GET /api/v1/teachers/{nationalId}).</summary>
public sealed record TeacherAnswer(string NationalId, string Name, string? ServingInstitutionCode, bool HasServingSchool, bool? PreschoolEducator);

/// <summary>POST /api/v1/institutions/batch (SPEC §14.1): 1–5,000 institution bodies, each with its code.</summary>
public sealed record InstitutionBatchBody(List<InstitutionBatchItem?>? Institutions);

public sealed record InstitutionBatchItem(string? Code, string? Name, string? Type, string? CountyCode, Optional<string> ContactEmail)
{
    public InstitutionBody Body => new(Name, Type, CountyCode, ContactEmail);
}

/// <summary>POST /api/v1/teachers/batch (SPEC §14.1): 1–5,000 teacher bodies, each with its national ID.</summary>
public sealed record TeacherBatchBody(List<TeacherBatchItem?>? Teachers);

public sealed record TeacherBatchItem(string? NationalId, string? Name, string? ServingInstitutionCode, Optional<bool?> PreschoolEducator)
{
    public TeacherBody Body => new(Name, ServingInstitutionCode, PreschoolEducator);
}

/// <summary>
/// The answer to a sync batch: <see cref="Accepted"/> items stored (created or changed), <see cref="Refused"/> items
/// refused, <see cref="Unchanged"/> items equal to what is stored (nothing written); the three add up to the items sent.
/// </summary>
public sealed record SyncBatchAnswer(int Accepted, int Refused, int Unchanged, IReadOnlyList<SyncBatchResult> Results);

/// <summary>
/// One item of a sync batch, in the order sent: <see cref="Status"/> is what the single PUT would have answered — 201
/// created, 200 updated or unchanged, 400/403 with <see cref="Problem"/>.
/// </summary>
public sealed record SyncBatchResult(int Index, int Status, bool Unchanged, SyncProblem? Problem)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ApiWarning>? Warnings { get; init; }
}

/// <summary>Problem details (RFC 9457) of one item; <see cref="Errors"/> names fields as <c>teachers[3].nationalId</c>.</summary>
public sealed record SyncProblem(string Title, int Status, string? Detail, IDictionary<string, string[]>? Errors);
