using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using RegionalConsole.Auth;

namespace RegionalConsole.Features.Api;

/// <summary>The partner API of SPEC §10: /api/v1, X-Api-Key, problem details, OpenAPI at /openapi/v1.json.</summary>
public static class ApiSetup
{
    public const string RateLimitPolicy = "api";

    public static IHostApplicationBuilder AddConsoleApi(this IHostApplicationBuilder builder)
    {
        RequireStrongBootstrapKey(builder.Configuration);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<PartnerWrites>();
        builder.Services.AddSingleton(new FailedKeyLimiter(builder.Configuration.GetValue("Api:FailedKeyAttemptsPerMinute", 30)));
        builder.Services.AddOpenApi(o => o.AddSchemaTransformer(OptionalSchema.TransformAsync));
        builder.Services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        var perMinute = builder.Configuration.GetValue("Api:RateLimitPerMinute", 600);
        builder.Services.AddRateLimiter(o =>
        {
            // One bucket per API key (or per address without one): a runaway partner system cannot starve the others.
            o.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Request.Headers[ApiKeyAuthenticationHandler.HeaderName].ToString() is { Length: > 0 } key
                    ? "key:" + ApiKeyAuthenticationHandler.Hash(key)
                    : "ip:" + http.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await new Refusal(StatusCodes.Status429TooManyRequests, nameof(ApiMessages.RateLimited), ApiMessages.TitleTooManyRequests(),
                    ApiMessages.RateLimited(perMinute), []).ToHttp().ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }

    /// <summary>SPEC §13.3: a short bootstrap key could be guessed; the app refuses to start with one, naming the key.</summary>
    public const int BootstrapKeyMinimumLength = 32;

    private static void RequireStrongBootstrapKey(IConfiguration configuration)
    {
        if (configuration["Api:BootstrapKey"] is { Length: > 0 and < BootstrapKeyMinimumLength } key)
        {
            throw new InvalidOperationException(
                $"Api:BootstrapKey is {key.Length} characters long; it must have at least {BootstrapKeyMinimumLength} (for example the output of `openssl rand -base64 33`).");
        }
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
        var api = app.MapGroup("/api/v1").RequireAuthorization(ConsolePolicies.ApiClient).RequireRateLimiting(RateLimitPolicy);
        api.AddEndpointFilter(async (context, next) =>
            context.HttpContext.Request.Headers[IdempotencyReplay.HeaderName].ToString() is { Length: > IdempotencyReplay.MaxKeyLength }
                ? Refusal.Invalid(IdempotencyReplay.HeaderName, ApiMessages.IdempotencyKeyTooLong(IdempotencyReplay.MaxKeyLength)).ToHttp()
                : await next(context));
        return api;
    }
}
