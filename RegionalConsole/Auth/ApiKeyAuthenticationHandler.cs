using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RegionalConsole.Data;
using RegionalConsole.Domain;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Auth;

public sealed class ApiKeyOptions : AuthenticationSchemeOptions;

/// <summary>Partner systems authenticate with X-Api-Key (SPEC §10); keys are stored as SHA-256 hashes.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<ApiKeyOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<ConsoleDbContext> contexts,
    IConfiguration configuration,
    Features.ApiClients.ApiKeyUsage usage,
    FailedKeyLimiter failedKeys,
    TimeProvider clock) : AuthenticationHandler<ApiKeyOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string ClientClaim = "rc:api-client";
    public const string AdministratorClaim = "rc:api-admin";
    public const string InstitutionClaim = "rc:api-institution";
    public const string CountyClaim = "rc:api-county";

    /// <summary>The key of the exchange platform (SPEC §14.4): it reaches the preschool exchange and nothing else.</summary>
    public const string ExchangePlatformClaim = "rc:api-exchange-platform";
    public const string BootstrapClientName = "bootstrap";

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.ToString() is not { Length: > 0 } key)
        {
            return AuthenticateResult.NoResult();
        }

        if (failedKeys.IsLimited(ClientAddress))
        {
            return AuthenticateResult.Fail("Too many wrong API keys from this address.");
        }

        var bootstrap = configuration["Api:BootstrapKey"];
        if (!string.IsNullOrEmpty(bootstrap)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Hash(key)), Encoding.UTF8.GetBytes(Hash(bootstrap))))
        {
            return Success(BootstrapClientName, isAdministrator: true, [], countyCode: null, exchangePlatform: false);
        }

        var hash = Hash(key);
        await using var db = await contexts.CreateDbContextAsync(Context.RequestAborted);
        var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.KeyHash == hash && c.Enabled, Context.RequestAborted);
        if (client is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        // Counted in memory and written in batches: no database write on the hot path (see ApiKeyUsage).
        usage.Record(client.Id, clock.GetUtcNow().UtcDateTime);
        return Success(client.Name, client.IsAdministrator, client.InstitutionCodes, client.CountyCode, client.ExchangePlatform);
    }

    private AuthenticateResult Success(string name, bool isAdministrator, IEnumerable<string> institutions, string? countyCode, bool exchangePlatform)
    {
        var claims = new List<Claim> { new(ClientClaim, name), new(ConsoleClaims.Name, name) };
        if (exchangePlatform)
        {
            claims.Add(new Claim(ExchangePlatformClaim, "true"));
        }

        if (isAdministrator)
        {
            claims.Add(new Claim(AdministratorClaim, "true"));
        }

        claims.AddRange(institutions.Select(code => new Claim(InstitutionClaim, code)));
        if (countyCode is not null)
        {
            claims.Add(new Claim(CountyClaim, countyCode));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ConsoleClaims.Name, ConsoleClaims.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (!failedKeys.RecordFailure(ClientAddress))
        {
            Response.Headers.RetryAfter = FailedKeyLimiter.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return WriteProblem(StatusCodes.Status429TooManyRequests, ApiMessages.TitleApiKeyFailures(), ApiMessages.ApiKeyFailures());
        }

        return WriteProblem(StatusCodes.Status401Unauthorized, ApiMessages.TitleApiKeyInvalid(), ApiMessages.ApiKeyInvalid(HeaderName));
    }

    private string ClientAddress => Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status403Forbidden, ApiMessages.TitleForbidden(), ApiMessages.ApiKeyForbidden());

    private Task WriteProblem(int status, ApiMessage title, ApiMessage detail) =>
        new Refusal(status, detail.Key, title, detail, []).ToHttp().ExecuteAsync(Context);
}

/// <summary>The calling partner system as API endpoints see it.</summary>
public sealed record ApiCaller(string Name, bool IsAdministrator, IReadOnlySet<string> Institutions, string? CountyCode)
{
    /// <summary>Partners act for the institutions they are registered for, or every institution of their county.</summary>
    public bool MayActFor(string institutionCode, string? institutionCounty) => Scope.Holds(institutionCode, institutionCounty);

    public PartnerScope Scope => new(IsAdministrator, Institutions, CountyCode);

    public string Actor => $"api:{Name}";

    public static ApiCaller From(ClaimsPrincipal principal) => new(
        principal.FindFirstValue(ApiKeyAuthenticationHandler.ClientClaim) ?? "",
        principal.HasClaim(ApiKeyAuthenticationHandler.AdministratorClaim, "true"),
        principal.FindAll(ApiKeyAuthenticationHandler.InstitutionClaim).Select(c => c.Value).ToHashSet(),
        principal.FindFirstValue(ApiKeyAuthenticationHandler.CountyClaim));
}
