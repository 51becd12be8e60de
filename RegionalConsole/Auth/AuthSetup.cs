using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Administration;

namespace RegionalConsole.Auth;

/// <summary>How people sign in (SPEC §1): OpenID Connect, or in Development without an authority, a demo page.</summary>
public sealed record SignInMode(bool UsesOidc)
{
    public bool UsesDevelopmentSignIn => !UsesOidc;
}

public static class AuthSetup
{
    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;

    public static IHostApplicationBuilder AddConsoleAuth(this IHostApplicationBuilder builder)
    {
        var oidc = builder.Configuration.GetSection("Authentication:Oidc");
        var authority = oidc["Authority"];
        var usesOidc = !string.IsNullOrWhiteSpace(authority);
        if (!usesOidc && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Authentication:Oidc:Authority is required outside Development: set it to the OpenID Connect provider " +
                "(e.g. the MOE education single sign-on). The development sign-in page exists only in Development.");
        }

        if (usesOidc && string.IsNullOrWhiteSpace(oidc["ClientId"]))
        {
            throw new InvalidOperationException("Authentication:Oidc:ClientId is required when Authentication:Oidc:Authority is set.");
        }

        if (usesOidc && !IsAcceptableAuthority(authority!, builder.Environment))
        {
            throw new InvalidOperationException(
                "Authentication:Oidc:Authority must be an https address; plain http is accepted only for a provider on " +
                "this machine's loopback in Development.");
        }

        builder.Services.AddSingleton(new SignInMode(usesOidc));
        builder.Services.AddScoped<AccountSignIn>();
        builder.Services.AddSingleton<AccountRevalidation>();
        builder.Services.AddScoped<AuthenticationStateProvider, AccountRevalidatingStateProvider>();
        builder.Services.AddSingleton(new BootstrapAdministrator(builder.Configuration[BootstrapAdministrator.ConfigurationKey]));
        var auth = builder.Services
            .AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = usesOidc ? OidcScheme : CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(o =>
            {
                o.Cookie.Name = "rc.session";
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.LoginPath = "/authentication/login";
                o.AccessDeniedPath = "/no-access";
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = AccountRevalidation.ValidateCookieAsync;
                // A signed-in person outside a page's role gets 403 on that address (the status pages then show the
                // no-access notice), not a redirect to a page answering 200: scripts and tests see the refusal.
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            })
            .AddScheme<ApiKeyOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, _ => { });

        if (usesOidc)
        {
            auth.AddOpenIdConnect(OidcScheme, o => ConfigureOidc(o, oidc, authority!, builder.Environment));
        }

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ConsolePolicies.Staff, p => p.RequireClaim(ConsoleClaims.AccountId))
            .AddPolicy(ConsolePolicies.Reviewer, p => p.RequireRole(nameof(ConsoleRole.Reviewer), nameof(ConsoleRole.Administrator)))
            .AddPolicy(ConsolePolicies.Supervisor, p => p.RequireRole(nameof(ConsoleRole.Supervisor), nameof(ConsoleRole.Administrator)))
            .AddPolicy(ConsolePolicies.Administrator, p => p.RequireRole(nameof(ConsoleRole.Administrator)))
            // The exchange platform's key reaches its own endpoints only (SPEC §14.4): every other API endpoint refuses it,
            // including endpoints added later, since they join the /api/v1 group under this policy.
            .AddPolicy(ConsolePolicies.ApiClient, p => p
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireClaim(ApiKeyAuthenticationHandler.ClientClaim)
                .RequireAssertion(c => !c.User.HasClaim(x => x.Type == ApiKeyAuthenticationHandler.ExchangePlatformClaim)))
            .AddPolicy(ConsolePolicies.ExchangePlatform, p => p
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireClaim(ApiKeyAuthenticationHandler.ExchangePlatformClaim, "true"));
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    private static void ConfigureOidc(OpenIdConnectOptions o, IConfigurationSection section, string authority, IHostEnvironment env)
    {
        o.Authority = authority;
        o.ClientId = section["ClientId"];
        o.ClientSecret = section["ClientSecret"];
        o.ResponseType = OpenIdConnectResponseType.Code;
        // The provider is another site: a form_post callback is a cross-site POST, which carries no SameSite=Lax
        // correlation or nonce cookie ("Correlation failed"). The code in the query is safe with PKCE and state.
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.MapInboundClaims = false;
        o.SaveTokens = false; // only the identity token is kept, see OnTokenValidated
        o.GetClaimsFromUserInfoEndpoint = true;
        o.Scope.Add("email");
        o.CallbackPath = "/signin-oidc";
        o.SignedOutCallbackPath = "/signout-callback-oidc";
        o.TokenValidationParameters.NameClaimType = ConsoleClaims.Name;
        o.TokenValidationParameters.RoleClaimType = ConsoleClaims.Role;
        o.RequireHttpsMetadata = !IsLoopbackHttp(authority, env);
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.Events.OnTicketReceived = async context =>
        {
            var signIn = context.HttpContext.RequestServices.GetRequiredService<AccountSignIn>();
            var principal = await signIn.FromOidcAsync(context.Principal!, context.HttpContext.RequestAborted);
            if (principal is null)
            {
                context.HandleResponse();
                context.Response.Redirect("/no-access");
                return;
            }

            context.Principal = principal;
        };
        o.Events.OnTokenValidated = context =>
        {
            // Kept for logout: without id_token_hint a provider may not end its session or return to the console
            // (OpenID Connect RP-Initiated Logout §2). Only the identity token is kept, not the access token.
            if (context.TokenEndpointResponse?.IdToken is { } idToken)
            {
                context.Properties!.StoreTokens([new AuthenticationToken { Name = OpenIdConnectParameterNames.IdToken, Value = idToken }]);
            }

            return Task.CompletedTask;
        };
        o.Events.OnRemoteFailure = context =>
        {
            // Operators need the reason (e.g. "Correlation failed" when nodes do not share Data Protection keys).
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuthSetup))
                .LogWarning(context.Failure, "OpenID Connect sign-in failed: {Reason}", context.Failure?.Message);
            context.HandleResponse();
            context.Response.Redirect("/no-access?reason=signin-failed");
            return Task.CompletedTask;
        };
    }

    private static bool IsAcceptableAuthority(string authority, IHostEnvironment env) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || IsLoopbackHttp(authority, env));

    /// <summary>A provider on plain http exists only on a developer's own machine.</summary>
    private static bool IsLoopbackHttp(string authority, IHostEnvironment env) =>
        env.IsDevelopment() && Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;
}
