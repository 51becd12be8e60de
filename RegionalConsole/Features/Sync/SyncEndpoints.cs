using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Sync;

/// <param name="ContactEmail">The organiser's address for mails about its courses: omitted keeps the stored one, null clears it.</param>
public sealed record InstitutionBody(string? Name, string? Type, string? CountyCode, Optional<string> ContactEmail);

public sealed record InstitutionAnswer(string Code, string Name, string Type, string CountyCode, string? Centre, bool Routed)
{
    /// <summary>E.g. CENTRE_WITHOUT_REVIEWER (SPEC §13.1); left out when there is none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ApiWarning>? Warnings { get; init; }
}

public sealed record TeacherBody(string? Name, string? ServingInstitutionCode);

public sealed record TeacherAnswer(string NationalId, string Name, string? ServingInstitutionCode, bool HasServingSchool);

/// <summary>The daily institution sync (機關資料) and the teacher sync of SPEC §10.</summary>
public static class SyncEndpoints
{
    public static RouteGroupBuilder MapSyncEndpoints(this RouteGroupBuilder api)
    {
        api.MapPut("/institutions/{code}", async (string code, HttpContext http, SyncService sync, IOptions<JsonOptions> json) =>
        {
            var (body, problem) = await ApiBody.ReadAsync<InstitutionBody>(http.Request, json.Value.SerializerOptions);
            return problem ?? await sync.PutInstitutionAsync(ApiCaller.From(http.User), code, body!, http.RequestAborted);
        })
        .Accepts<InstitutionBody>("application/json")
        .Produces<InstitutionAnswer>()
        .ProducesValidationProblem()
        .WithSummary("機關資料同步：新增或更新機關，並依轄管表分派區域管理中心");

        api.MapPut("/teachers/{nationalId}", async (string nationalId, HttpContext http, SyncService sync, IOptions<JsonOptions> json) =>
        {
            var (body, problem) = await ApiBody.ReadAsync<TeacherBody>(http.Request, json.Value.SerializerOptions);
            return problem ?? await sync.PutTeacherAsync(ApiCaller.From(http.User), nationalId, body!, http.RequestAborted);
        })
        .Accepts<TeacherBody>("application/json")
        .Produces<TeacherAnswer>()
        .ProducesValidationProblem()
        .WithSummary("教師資料同步：servingInstitutionCode 為 null 表示無服務學校");

        return api;
    }
}
