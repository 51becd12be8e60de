using Bunit;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Components.Layout;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components;

public sealed class LanguageSwitchTests : ComponentTestContext
{
    [Fact]
    public void InChineseItOffersEnglishAndReturnsToTheCurrentPageByAFullLoad()
    {
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/profile");

        var link = Render<LanguageSwitch>().Find("[data-testid=lang-en]");

        Assert.Equal("/culture?culture=en&returnUrl=%2Fprofile", link.GetAttribute("href"));
        Assert.Equal("_top", link.GetAttribute("target"));
    }

    [Fact]
    public void InEnglishItOffersChinese()
    {
        System.Globalization.CultureInfo.CurrentUICulture = new("en");

        var component = Render<LanguageSwitch>();

        Assert.NotNull(component.Find("[data-testid=lang-zh]"));
        Assert.Empty(component.FindAll("[data-testid=lang-en]"));
    }
}
