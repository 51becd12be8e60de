using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace RegionalConsole.Tests.Support;

/// <summary>
/// The bUnit context for every component test: MudBlazor's services with loose JS interop, a popover
/// provider for menus and selects, and the UI strings in zh-TW (the default culture, SPEC §11).
/// </summary>
public abstract class ComponentTestContext : BunitContext
{
    protected ComponentTestContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-TW");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Render<MudPopoverProvider>();
    }
}
