using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Features.Api;
using FromHeaderAttribute = Microsoft.AspNetCore.Mvc.FromHeaderAttribute;

namespace RegionalConsole.Features.Cancellations;

/// <summary>Cancellations (SPEC §5.5): the partner endpoint, the register and its export.</summary>
public static class CancellationSetup
{
    public static IServiceCollection AddCancellations(this IServiceCollection services)
    {
        services.AddScoped<CancellationService>();
        services.AddScoped<CancellationRegister>();
        return services;
    }

    public static RouteGroupBuilder MapCancellationEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/courses/{courseNo}/cancellation", async (string courseNo, HttpContext http, CancellationService cancellations,
            IOptions<JsonOptions> json, [FromHeader(Name = IdempotencyReplay.HeaderName)] string? idempotencyKey) =>
        {
            var (body, refusal) = await ApiBody.TryReadAsync<CancellationBody>(http.Request, json.Value.SerializerOptions);
            return (refusal ?? await cancellations.SubmitAsync(ApiCaller.From(http.User), courseNo, body!, idempotencyKey, http.RequestAborted)).ToHttp();
        })
        .Accepts<CancellationBody>("application/json").Produces<CancellationAnswer>(StatusCodes.Status201Created)
        .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("停辦或延期課程：須先通知所有報名教師並說明原因（共同研討一 提案三）");
        return api;
    }
}
