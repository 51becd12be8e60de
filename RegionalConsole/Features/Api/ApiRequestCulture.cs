using Microsoft.AspNetCore.Localization;

namespace RegionalConsole.Features.Api;

/// <summary>
/// A partner system has no culture cookie: on /api its <c>Accept-Language</c> header chooses the language of the
/// answers' words (zh-TW without one, SPEC §11). Pages keep the cookie alone, so a browser's own language never
/// changes what a signed-in person chose.
/// </summary>
public sealed class ApiRequestCulture : RequestCultureProvider
{
    private readonly AcceptLanguageHeaderRequestCultureProvider _acceptLanguage = new();

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        _acceptLanguage.Options = Options;
        return httpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            ? _acceptLanguage.DetermineProviderCultureResult(httpContext)
            : NullProviderCultureResult;
    }
}
