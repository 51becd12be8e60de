using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RegionalConsole.Auth;

namespace RegionalConsole.Features.Api;

/// <summary>The partner API of SPEC §10: /api/v1, X-Api-Key, problem details, OpenAPI at /openapi/v1.json.</summary>
public static class ApiSetup
{
    public static IHostApplicationBuilder AddConsoleApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        return builder;
    }

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter());
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    }

    public static RouteGroupBuilder MapConsoleApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        var api = app.MapGroup("/api/v1").RequireAuthorization(ConsolePolicies.ApiClient);
        return api;
    }
}
