using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using RegionalConsole.Auth;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.ApiClients;

public static class ApiClientEndpoints
{
    /// <summary>Administrator keys (the bootstrap key among them) provision partner systems' keys.</summary>
    public static RouteGroupBuilder MapApiClientEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/api-clients", async (HttpContext http, ApiClientService service, IOptions<JsonOptions> json) =>
        {
            var caller = ApiCaller.From(http.User);
            if (!caller.IsAdministrator)
            {
                return Refusal.Forbidden(ApiMessages.ApiClientsAdministratorsOnly()).ToHttp();
            }

            var (body, problem) = await ApiBody.ReadAsync<ApiClientBody>(http.Request, json.Value.SerializerOptions);
            return problem ?? await service.CreateAsync(caller.Actor, body!, http.RequestAborted);
        })
        .Accepts<ApiClientBody>("application/json")
        .Produces<CreatedApiClient>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .WithSummary("建立合作系統 API 金鑰（僅管理者）；金鑰只在回應中出現一次");
        return api;
    }
}
