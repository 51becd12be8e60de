using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor;
using MudBlazor.Services;
using RegionalConsole.Auth;

namespace RegionalConsole.Components;

public static class UiSetup
{
    public static IHostApplicationBuilder AddConsoleUi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddTransient<MudLocalizer, ConsoleMudLocalizer>();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            // zh-TW by default (SPEC §11); English on request through the culture cookie, or on /api by Accept-Language.
            CultureInfo[] cultures = [new("zh-TW"), new("en")];
            o.DefaultRequestCulture = new RequestCulture("zh-TW");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new Features.Api.ApiRequestCulture(), new CookieRequestCultureProvider()];
        });
        builder.Services.AddStaticHtml();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary><see cref="StaticHtml"/> and the HTML encoder it and the pages write with.</summary>
    public static IServiceCollection AddStaticHtml(this IServiceCollection services)
    {
        // Chinese text is sent as text, not as &#x...; entities: pages (and rows kept as HTML) stay small and readable.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.TryAddSingleton<StaticHtml>();
        return services;
    }

    public static WebApplication UseConsolePipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSecurityHeaders(app.Configuration);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }
}
