using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace RegionalConsole.Tests.Support;

/// <summary>
/// A real OpenID Connect provider (OpenIddict, degraded mode: no database, ephemeral keys) on a loopback port,
/// with one confidential client for the console. People sign in on its own HTML form; it keeps a session cookie
/// so a second authorization needs no form, and RP-initiated logout ends that session.
/// Its authority is http://localhost:PORT while the console listens on 127.0.0.1: two sites, as in production.
/// </summary>
public sealed class OidcTestProvider : IAsyncDisposable
{
    public const string ClientId = "regional-console";
    public const string ClientSecret = "console-secret-for-tests";
    private const string SessionScheme = "op";
    private readonly ConcurrentDictionary<string, string> _sessions = new(); // session id → subject
    private readonly WebApplication _app;
    private Uri? _console;

    private OidcTestProvider(WebApplication app) => _app = app;

    public Uri Authority { get; private set; } = default!;

    /// <summary>Subjects with a live session at the provider.</summary>
    public ICollection<string> SignedInSubjects => _sessions.Values;

    /// <summary>The provider's TLS certificate when it was started with one (a Production console accepts only https).</summary>
    public X509Certificate2? Certificate { get; private set; }

    /// <param name="certificate">Serve https with this certificate (see <see cref="LoopbackCertificate"/>); plain http without.</param>
    public static async Task<OidcTestProvider> StartAsync(X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        builder.Logging.ClearProviders();
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddAuthentication().AddCookie(SessionScheme, o => o.Cookie.Name = "op.session");
        OidcTestProvider? provider = null;
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.EnableDegradedMode();
            o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token")
                .SetUserInfoEndpointUris("connect/userinfo").SetEndSessionEndpointUris("connect/endsession");
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            o.RegisterScopes(Scopes.Profile, Scopes.Email);
            o.UseAspNetCore().DisableTransportSecurityRequirement();
            o.AddEventHandler<ValidateAuthorizationRequestContext>(h => h.UseInlineHandler(c => provider!.Validate(c)));
            o.AddEventHandler<HandleAuthorizationRequestContext>(h => h.UseInlineHandler(c => provider!.AuthorizeAsync(c)));
            o.AddEventHandler<ValidateTokenRequestContext>(h => h.UseInlineHandler(c => provider!.Validate(c)));
            o.AddEventHandler<HandleTokenRequestContext>(h => h.UseInlineHandler(c =>
            {
                c.SignIn(c.AuthorizationCodePrincipal!);
                return default;
            }));
            o.AddEventHandler<HandleUserInfoRequestContext>(h => h.UseInlineHandler(c =>
            {
                // sub in the identity token; e-mail and name only here, as many providers do.
                var user = c.AccessTokenPrincipal!;
                c.Subject = user.GetClaim(Claims.Subject);
                c.Email = user.HasScope(Scopes.Email) ? user.GetClaim(Claims.Email) : null;
                c.Claims[Claims.Name] = user.HasScope(Scopes.Profile) ? user.GetClaim(Claims.Name) : null;
                return default;
            }));
            o.AddEventHandler<ValidateEndSessionRequestContext>(h => h.UseInlineHandler(c => provider!.Validate(c)));
            o.AddEventHandler<HandleEndSessionRequestContext>(h => h.UseInlineHandler(c => provider!.EndSessionAsync(c)));
        });

        var app = builder.Build();
        provider = new OidcTestProvider(app);
        app.UseAuthentication();
        app.MapGet("/login", (string returnUrl) => Results.Content(LoginForm(returnUrl), "text/html; charset=utf-8"));
        app.MapPost("/login", provider.SignInAsync);
        await app.StartAsync();
        var port = new Uri(app.Urls.Single()).Port;
        provider.Authority = new Uri($"{(certificate is null ? "http" : "https")}://localhost:{port}/");
        provider.Certificate = certificate;
        return provider;
    }

    /// <summary>Registers the console's callback addresses once its port is known.</summary>
    public void RegisterClient(Uri console) => _console = console;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private ValueTask Validate(ValidateAuthorizationRequestContext c) => Reject(c,
        c.ClientId != ClientId ? "unknown client_id" : c.RedirectUri != ConsoleAddress("/signin-oidc") ? "unregistered redirect_uri" : null);

    // The console sends its secret in the form body (client_secret_post); basic would arrive here the same way.
    private ValueTask Validate(ValidateTokenRequestContext c) =>
        Reject(c, c.ClientId != ClientId || c.ClientSecret != ClientSecret ? "wrong client credentials" : null, Errors.InvalidClient);

    // RP-Initiated Logout §2: redirect back only to a registered address, and only with an identity token of this client.
    private ValueTask Validate(ValidateEndSessionRequestContext c) => Reject(c,
        c.PostLogoutRedirectUri is null ? null
        : c.PostLogoutRedirectUri != ConsoleAddress("/signout-callback-oidc") ? "unregistered post_logout_redirect_uri"
        : c.IdentityTokenHintPrincipal?.GetAudiences().Contains(ClientId) != true ? "post_logout_redirect_uri without id_token_hint" : null);

    private static ValueTask Reject(BaseValidatingContext c, string? problem, string error = Errors.InvalidRequest)
    {
        if (problem is not null)
        {
            c.Reject(error, problem);
        }

        return default;
    }

    private async ValueTask AuthorizeAsync(HandleAuthorizationRequestContext c)
    {
        var http = c.Transaction.GetHttpRequest()!.HttpContext;
        var session = (await http.AuthenticateAsync(SessionScheme)).Principal;
        if (session is null || !_sessions.ContainsKey(session.GetClaim("sid")!))
        {
            http.Response.Redirect("/login?returnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
            c.HandleRequest();
            return;
        }

        var identity = new ClaimsIdentity(SessionScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, session.GetClaim(Claims.Subject))
            .SetClaim(Claims.Email, session.GetClaim(Claims.Email))
            .SetClaim(Claims.Name, session.GetClaim(Claims.Name))
            .SetScopes(c.Request.GetScopes())
            .SetDestinations(claim => claim.Type == Claims.Subject ? [Destinations.AccessToken, Destinations.IdentityToken] : [Destinations.AccessToken]);
        c.SignIn(new ClaimsPrincipal(identity));
    }

    private async Task SignInAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        var sid = Guid.NewGuid().ToString("N");
        _sessions[sid] = form["subject"].ToString();
        var identity = new ClaimsIdentity(SessionScheme);
        identity.SetClaim("sid", sid).SetClaim(Claims.Subject, form["subject"])
            .SetClaim(Claims.Email, form["email"]).SetClaim(Claims.Name, form["name"]);
        await http.SignInAsync(SessionScheme, new ClaimsPrincipal(identity));
        var returnUrl = form["returnUrl"].ToString();
        http.Response.Redirect(returnUrl.StartsWith("/connect/authorize?", StringComparison.Ordinal) ? returnUrl : "/");
    }

    private async ValueTask EndSessionAsync(HandleEndSessionRequestContext c)
    {
        var http = c.Transaction.GetHttpRequest()!.HttpContext;
        var session = (await http.AuthenticateAsync(SessionScheme)).Principal;
        if (session?.GetClaim("sid") is { } sid)
        {
            _sessions.TryRemove(sid, out _);
        }

        await http.SignOutAsync(SessionScheme);
        c.SignOut();
    }

    private string ConsoleAddress(string path) => new Uri(_console ?? throw new InvalidOperationException("RegisterClient first."), path).ToString();

    private static string LoginForm(string returnUrl) => $"""
        <!doctype html><html><head><meta charset="utf-8"><title>Test OpenID provider</title></head><body>
        <form method="post" action="/login" data-testid="op-login">
          <input type="hidden" name="returnUrl" value="{HtmlEncoder.Default.Encode(returnUrl)}">
          <label>Subject <input name="subject"></label>
          <label>E-mail <input name="email"></label>
          <label>Name <input name="name"></label>
          <button type="submit">Sign in</button>
        </form></body></html>
        """;
}
