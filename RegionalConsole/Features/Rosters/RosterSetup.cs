using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Features.Api;
using FromHeaderAttribute = Microsoft.AspNetCore.Mvc.FromHeaderAttribute;

namespace RegionalConsole.Features.Rosters;

/// <summary>Rosters (研習教師名單, SPEC §5.6): the partner endpoint and the reads the review screens use.</summary>
public static class RosterSetup
{
    public static IServiceCollection AddRosters(this IServiceCollection services)
    {
        services.AddScoped<RosterService>();
        services.AddScoped<RosterReadService>();
        return services;
    }

    public static RouteGroupBuilder MapRosterEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/courses/{courseNo}/roster", async (string courseNo, HttpContext http, RosterService rosters,
            IOptions<JsonOptions> json, [FromHeader(Name = IdempotencyReplay.HeaderName)] string? idempotencyKey) =>
        {
            var (body, refusal) = await ApiBody.TryReadAsync<RosterBody>(http.Request, json.Value.SerializerOptions);
            return (refusal ?? await rosters.SubmitAsync(ApiCaller.From(http.User), courseNo, body!, idempotencyKey, http.RequestAborted)).ToHttp();
        })
        .Accepts<RosterBody>("application/json").Produces<RosterAnswer>(StatusCodes.Status201Created)
        .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
        .WithSummary("送出研習教師名單：課程結束後送審，審核通過後核發時數");
        return api;
    }
}
