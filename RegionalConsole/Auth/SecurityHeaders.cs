namespace RegionalConsole.Auth;

/// <summary>
/// Response headers every page and API answer carries: a strict content security policy (scripts only from the
/// console itself; Blazor's circuit over the same origin), no framing, no MIME sniffing.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, IConfiguration config)
    {
        // The sign-out form is redirected on to the provider's end-session endpoint; form-action must allow it.
        var authority = config["Authentication:Oidc:Authority"] is { Length: > 0 } a && Uri.TryCreate(a, UriKind.Absolute, out var uri)
            ? " " + uri.GetLeftPart(UriPartial.Authority)
            : "";
        var policy = string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            // MudBlazor writes its theme and popovers as inline styles.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "object-src 'none'",
            $"form-action 'self'{authority}");
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            await next();
        });
    }
}
