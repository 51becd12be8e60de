using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Features.Api;
using FromHeaderAttribute = Microsoft.AspNetCore.Mvc.FromHeaderAttribute;

namespace RegionalConsole.Features.Courses;

/// <summary>Courses from partner systems (SPEC §10, §13.2): their services and their endpoints under /api/v1/courses.</summary>
public static class CourseSetup
{
    public static IServiceCollection AddCourses(this IServiceCollection services)
    {
        services.AddSingleton<ScheduleTermsService>();
        services.AddSingleton<CourseCheckRunner>();
        services.AddSingleton<CourseAnswerReader>();
        services.AddSingleton<ReviewItemFactory>();
        services.AddScoped<CourseIntakeService>();
        services.AddScoped<CourseModificationService>();
        services.AddScoped<EnrolmentService>();
        return services;
    }

    public static RouteGroupBuilder MapCourseEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/courses/validate", async (HttpContext http, CourseIntakeService intake, IOptions<JsonOptions> json) =>
        {
            var (body, refusal) = await ApiBody.TryReadAsync<CourseBody>(http.Request, json.Value.SerializerOptions);
            return (refusal ?? await intake.ValidateAsync(ApiCaller.From(http.User), body!, http.RequestAborted)).ToHttp();
        })
        .Accepts<CourseBody>("application/json").Produces<CourseAnswer>().ProducesValidationProblem()
        .WithSummary("執行所有自動檢核，不儲存任何資料");

        api.MapPost("/courses", async (HttpContext http, CourseIntakeService intake, IOptions<JsonOptions> json,
            [FromHeader(Name = IdempotencyReplay.HeaderName)] string? idempotencyKey) =>
        {
            var (body, refusal) = await ApiBody.TryReadAsync<CourseBody>(http.Request, json.Value.SerializerOptions);
            return (refusal ?? await intake.SubmitAsync(ApiCaller.From(http.User), body!, idempotencyKey, http.RequestAborted)).ToHttp();
        })
        .Accepts<CourseBody>("application/json").Produces<CourseAnswer>(StatusCodes.Status201Created).ProducesValidationProblem()
        .WithSummary("送審課程：依轄管表分派區域管理中心並計算審核期限");

        api.MapPost("/courses/batch", async (HttpContext http, CourseIntakeService intake, IOptions<JsonOptions> json,
            [FromHeader(Name = IdempotencyReplay.HeaderName)] string? idempotencyKey) =>
        {
            var (body, refusal) = await ApiBody.TryReadAsync<CourseBatchBody>(http.Request, json.Value.SerializerOptions);
            return (refusal ?? await intake.SubmitBatchAsync(ApiCaller.From(http.User), body!, idempotencyKey, http.RequestAborted)).ToHttp();
        })
        .Accepts<CourseBatchBody>("application/json").Produces<CourseBatchAnswer>().ProducesValidationProblem()
        .WithSummary($"批次送審課程（每次至多 {CourseIntakeService.MaxBatchSize} 筆）：逐筆回覆單筆送審的結果，合格者於同一交易儲存");

        api.MapPut("/courses/{courseNo}", async (string courseNo, HttpContext http, CourseModificationService modification,
            IOptions<JsonOptions> json, [FromHeader(Name = IdempotencyReplay.HeaderName)] string? idempotencyKey) =>
        {
            var (body, refusal) = await ApiBody.TryReadAsync<CourseBody>(http.Request, json.Value.SerializerOptions);
            return (refusal ?? await modification.ModifyAsync(ApiCaller.From(http.User), courseNo, body!, idempotencyKey, http.RequestAborted)).ToHttp();
        })
        .Accepts<CourseBody>("application/json").Produces<CourseAnswer>().ProducesValidationProblem()
        .WithSummary("修改課程：審核完畢後修改視同新增課程（第11條第8款）");

        api.MapGet("/courses/{courseNo}", async (string courseNo, HttpContext http, CourseIntakeService intake) =>
            (await intake.GetAsync(ApiCaller.From(http.User), courseNo, http.RequestAborted)).ToHttp())
        .Produces<CourseAnswer>()
        .WithSummary("讀取課程、審核狀態、檢核結果");

        api.MapGet("/courses", async (string? externalId, string? organiserCode, HttpContext http, CourseIntakeService intake) =>
            (await intake.FindAsync(ApiCaller.From(http.User), externalId, organiserCode, http.RequestAborted)).ToHttp())
        .Produces<CourseAnswer>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
        .WithSummary("以開課單位自己的編號（externalId）查詢課程");

        api.MapPut("/courses/{courseNo}/enrolment", async (string courseNo, HttpContext http, EnrolmentService enrolment,
            IOptions<JsonOptions> json, [FromHeader(Name = IdempotencyReplay.HeaderName)] string? idempotencyKey) =>
        {
            var (body, refusal) = await ApiBody.TryReadAsync<EnrolmentBody>(http.Request, json.Value.SerializerOptions);
            return (refusal ?? await enrolment.PutAsync(ApiCaller.From(http.User), courseNo, body!, idempotencyKey, http.RequestAborted)).ToHttp();
        })
        .Accepts<EnrolmentBody>("application/json").Produces<CourseAnswer>().ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("登錄審核通過課程的報名人數（或報名教師名單）；停辦規則依此人數判斷");
        return api;
    }
}
