using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;

namespace RegionalConsole.Tests.Support;

/// <summary>
/// The one bUnit context for component tests: MudBlazor services with loose JS interop, the app's real zh-TW
/// strings, a fixed clock, and a signed-in console user when a test asks for one.
/// </summary>
public abstract class ComponentTestContext : BunitContext
{
    protected ComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton<ComponentDatabase>();
        Services.AddSingleton<Microsoft.EntityFrameworkCore.IDbContextFactory<RegionalConsole.Data.ConsoleDbContext>>(sp => sp.GetRequiredService<ComponentDatabase>());
        Services.AddScoped<RegionalConsole.Features.ReasonTemplates.ReasonTemplateService>();
        System.Globalization.CultureInfo.CurrentCulture = new("zh-TW");
        System.Globalization.CultureInfo.CurrentUICulture = new("zh-TW");
    }

    /// <summary>Menus, selects and dialogs need the popover provider; render it after configuring services.</summary>
    protected void RenderPopoverProvider() => Render<MudBlazor.MudPopoverProvider>();

    protected FakeTimeProvider Clock { get; } = new(ConsoleAppFactory.DefaultNow);

    protected IStringLocalizer<Ui> Text => Services.GetRequiredService<IStringLocalizer<Ui>>();

    /// <summary>Signs in a console user with the same claims the app issues; null signs nobody in.</summary>
    protected void SignIn(ConsoleRole? role, string? centre = null, string? scope = null, int id = 1)
    {
        var principal = role is { } r
            ? RegionalConsole.Auth.ConsoleClaims.CreatePrincipal(new Account
            {
                Id = id,
                UserName = $"test-{r}",
                DisplayName = "測試人員",
                Role = r,
                CentreCode = centre,
                SupervisorScope = scope,
            })
            : new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        // bUnit's authorization double answers policy checks; the principal itself is the app's own.
        var authorization = AddAuthorization();
        if (role is not null)
        {
            authorization.SetAuthorized(principal.Identity!.Name!);
        }

        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState(principal));
    }

    private sealed class FixedAuthenticationState(System.Security.Claims.ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}
