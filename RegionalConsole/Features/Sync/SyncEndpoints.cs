using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Sync;

/// <summary>The daily institution sync (機關資料) and the teacher sync of SPEC §10, in bulk and read back (§14.1).</summary>
public static class SyncEndpoints
{
    public static RouteGroupBuilder MapSyncEndpoints(this RouteGroupBuilder api)
    {
        api.MapPut("/institutions/{code}", async (string code, HttpContext http, InstitutionSyncService sync, IOptions<JsonOptions> json) =>
        {
            var (body, problem) = await ApiBody.ReadAsync<InstitutionBody>(http.Request, json.Value.SerializerOptions);
            return problem ?? (await sync.PutAsync(ApiCaller.From(http.User), code, body!, http.RequestAborted)).ToHttp();
        })
        .Accepts<InstitutionBody>("application/json")
        .Produces<InstitutionAnswer>()
        .ProducesValidationProblem()
        .WithSummary("機關資料同步：新增或更新機關，並依轄管表分派區域管理中心");

        api.MapPost("/institutions/batch", async (HttpContext http, InstitutionSyncService sync, IOptions<JsonOptions> json,
            [Microsoft.AspNetCore.Mvc.FromHeader(Name = IdempotencyReplay.HeaderName)] string? idempotencyKey) =>
        {
            var (body, problem) = await ApiBody.ReadAsync<InstitutionBatchBody>(http.Request, json.Value.SerializerOptions);
            return problem ?? (await sync.PostBatchAsync(ApiCaller.From(http.User), body!, idempotencyKey, http.RequestAborted)).ToHttp();
        })
        .Accepts<InstitutionBatchBody>("application/json")
        .Produces<SyncBatchAnswer>()
        .ProducesValidationProblem()
        .WithSummary($"批次機關資料同步（每次 1 至 {SyncBatch.MaxItems} 筆）：逐筆回覆，與現有資料相同者不寫入");

        api.MapGet("/institutions/{code}", (string code, HttpContext http, InstitutionSyncService sync) =>
            sync.GetAsync(ApiCaller.From(http.User), code, http.RequestAborted))
        .Produces<InstitutionAnswer>()
        .WithSummary("讀取機關資料（限金鑰授權範圍）");

        api.MapPut("/teachers/{nationalId}", async (string nationalId, HttpContext http, TeacherSyncService sync, IOptions<JsonOptions> json) =>
        {
            var (body, problem) = await ApiBody.ReadAsync<TeacherBody>(http.Request, json.Value.SerializerOptions);
            return problem ?? (await sync.PutAsync(ApiCaller.From(http.User), nationalId, body!, http.RequestAborted)).ToHttp();
        })
        .Accepts<TeacherBody>("application/json")
        .Produces<TeacherAnswer>()
        .ProducesValidationProblem()
        .WithSummary("教師資料同步：servingInstitutionCode 為 null 表示無服務學校");

        api.MapPost("/teachers/batch", async (HttpContext http, TeacherSyncService sync, IOptions<JsonOptions> json,
            [Microsoft.AspNetCore.Mvc.FromHeader(Name = IdempotencyReplay.HeaderName)] string? idempotencyKey) =>
        {
            var (body, problem) = await ApiBody.ReadAsync<TeacherBatchBody>(http.Request, json.Value.SerializerOptions);
            return problem ?? (await sync.PostBatchAsync(ApiCaller.From(http.User), body!, idempotencyKey, http.RequestAborted)).ToHttp();
        })
        .Accepts<TeacherBatchBody>("application/json")
        .Produces<SyncBatchAnswer>()
        .ProducesValidationProblem()
        .WithSummary($"批次教師資料同步（每次 1 至 {SyncBatch.MaxItems} 筆）：逐筆回覆，與現有資料相同者不寫入");

        api.MapGet("/teachers/{nationalId}", (string nationalId, HttpContext http, TeacherSyncService sync) =>
            sync.GetAsync(ApiCaller.From(http.User), nationalId, http.RequestAborted))
        .Produces<TeacherAnswer>()
        .WithSummary("讀取教師資料（限金鑰授權範圍：服務機關，或無服務學校者之最後服務機關）");

        return api;
    }
}
