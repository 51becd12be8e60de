using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace RegionalConsole.Auth;

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapConsoleAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/authentication").ExcludeFromDescription();
        group.MapGet("/login", (string? returnUrl, SignInMode mode, HttpContext http) =>
        {
            var target = LocalUrl(http, returnUrl);
            return mode.UsesOidc
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = target }, [AuthSetup.OidcScheme])
                : Results.Redirect($"/dev-signin?returnUrl={Uri.EscapeDataString(target)}");
        }).AllowAnonymous();

        // POST with the antiforgery token: a link cannot sign someone out.
        group.MapPost("/logout", async ([FromForm] string? returnUrl, SignInMode mode, HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            var properties = new AuthenticationProperties { RedirectUri = LocalUrl(http, string.IsNullOrEmpty(returnUrl) ? "/signed-out" : returnUrl) };
            return mode.UsesOidc
                ? Results.SignOut(properties, [AuthSetup.OidcScheme])
                : Results.Redirect(properties.RedirectUri);
        }).RequireAuthorization();

        // The language switch stores the choice in the culture cookie; the page reloads in that language.
        app.MapGet("/culture", (string culture, string? returnUrl, HttpContext http) =>
        {
            var chosen = culture is "en" ? "en" : "zh-TW";
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(LocalUrl(http, returnUrl));
        }).ExcludeFromDescription().AllowAnonymous();

        return app;
    }

    /// <summary>
    /// Only local addresses: a sign-in or language link must not become an open redirect (SPEC §13.3). Browsers drop tabs
    /// and line breaks from an address, so <c>/\t/host</c> would leave the site: they are removed before judging.
    /// </summary>
    internal static string LocalUrl(HttpContext http, string? url)
    {
        url = url?.Replace("\t", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(url) || url.Any(char.IsControl))
        {
            return "/";
        }

        if (url.StartsWith('/'))
        {
            return url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("/\\", StringComparison.Ordinal) ? "/" : url;
        }

        // An absolute address is accepted only for this host (on Unix "/x" would also parse as a file URI).
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            var request = http.Request;
            return absolute.Host == request.Host.Host && absolute.Port == (request.Host.Port ?? absolute.Port)
                ? absolute.PathAndQuery
                : "/";
        }

        return "/";
    }
}
