using Bunit;
using RegionalConsole.Features.ApiClients;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Administration;

/// <summary>The create form's switch for a key of the role ExchangePlatform (SPEC §14.4).</summary>
public sealed class ApiClientExchangePlatformTests : ComponentTestContext
{
    [Fact]
    public void TheSwitchAsksForAnExchangePlatformKey()
    {
        RenderPopoverProvider();
        ApiClientBody? body = null;
        var form = Render<ApiClientCreateForm>(p => p.Add(f => f.OnCreate, (ApiClientBody b) => body = b));

        form.Find("input[data-testid=api-client-name-input]").Change("全國教保資訊網");
        var toggle = form.Find("[data-testid=api-client-exchange-platform]");
        (toggle.TagName == "INPUT" ? toggle : toggle.QuerySelector("input")!).Change(true);
        form.Find("[data-testid=api-client-create]").Click();

        Assert.True(body!.ExchangePlatform);
        Assert.False(body.IsAdministrator);
    }

    [Fact]
    public void WithoutTheSwitchAKeyIsNoExchangePlatformKey()
    {
        RenderPopoverProvider();
        ApiClientBody? body = null;
        var form = Render<ApiClientCreateForm>(p => p.Add(f => f.OnCreate, (ApiClientBody b) => body = b));

        form.Find("input[data-testid=api-client-name-input]").Change("校務系統");
        form.Find("[data-testid=api-client-create]").Click();

        Assert.False(body!.ExchangePlatform);
    }

    [Fact]
    public void ARefusedCombinationShowsItsMessage()
    {
        var errors = new Dictionary<string, string[]> { ["exchangePlatform"] = ["資訊傳報平臺金鑰不得兼具管理者權限，也不得代理機關或縣市。"] };

        var form = Render<ApiClientCreateForm>(p => p.Add(f => f.Errors, errors));

        Assert.Contains("資訊傳報平臺金鑰不得兼具管理者權限", form.Markup, StringComparison.Ordinal);
    }
}
