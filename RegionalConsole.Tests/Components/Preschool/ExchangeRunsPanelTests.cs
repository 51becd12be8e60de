using Bunit;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.Preschool;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Features.Preschool;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Preschool;

/// <summary>The runs panel of /preschool on the app's own services and database (SPEC §14.4). Each test moves the app's clock.</summary>
public sealed class ExchangeRunsPanelTests : ComponentTestContext
{
    private IRenderedComponent<ExchangeRunsPanel> RenderPanel(ConsoleAppFactory app)
    {
        Services.AddSingleton(app.Services.GetRequiredService<PreschoolExchangeService>());
        Services.AddSingleton(app.Services.GetRequiredService<ExchangeDeliveryService>());
        Services.AddSingleton(app.Services.GetRequiredService<PreschoolOptions>());
        var panel = Render<ExchangeRunsPanel>(p => p.Add(x => x.User, TestUsers.Administrator));
        panel.WaitForElement("[data-testid='exchange-table']", TimeSpan.FromSeconds(5));
        return panel;
    }

    [Fact]
    public async Task ARunUnacknowledgedForMoreThanThreeDaysIsFlaggedOverdue()
    {
        await using var app = new ConsoleAppFactory();
        var run = await new PreschoolData(app).SucceededRunAsync("2026-11");
        app.Clock.SetUtcNow(run.FinishedAt!.Value.AddDays(3).AddMinutes(1));

        var panel = RenderPanel(app);

        Assert.Contains("超過 3 天未經資訊傳報平臺確認接收", panel.Find("[data-testid='exchange-overdue']").TextContent, StringComparison.Ordinal);
        Assert.Contains("逾期未接收", panel.Find("[data-testid='exchange-receipt']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAcknowledgedRunShowsWhenThePlatformReceivedIt()
    {
        await using var app = new ConsoleAppFactory();
        var run = await new PreschoolData(app).SucceededRunAsync("2026-11");
        await app.Services.GetRequiredService<ExchangeDeliveryService>().AcknowledgeAsync(run.Id, "api:全國教保資訊網", Xunit.TestContext.Current.CancellationToken);
        app.Clock.Advance(TimeSpan.FromDays(10));

        var panel = RenderPanel(app);

        Assert.Empty(panel.FindAll("[data-testid='exchange-overdue']"));
        Assert.Contains("已接收 115/11/25", panel.Find("[data-testid='exchange-receipt']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARecordThatCouldNotBeSentIsListedWithTheReason()
    {
        await using var app = new ConsoleAppFactory();
        var data = new PreschoolData(app);
        await data.SucceededRunAsync("2026-11");
        var preschool = await data.InstitutionAsync("10015", "花蓮縣立面板幼兒園");
        await data.RecordAsync($"Q8{PreschoolData.Next():D8}", preschool, app.Clock.GetUtcNow().UtcDateTime.AddSeconds(1),
            [RegionalConsole.Domain.Tags.TagDefaults.Preschool]);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await data.Exchange.RunNowAsync(TestUsers.Administrator, Xunit.TestContext.Current.CancellationToken);

        var panel = RenderPanel(app);

        panel.WaitForElement("[data-testid='exchange-unsent-reason']", TimeSpan.FromSeconds(5));
        Assert.Equal("查無教師資料（未經教師同步）", panel.Find("[data-testid='exchange-unsent-reason']").TextContent.Trim());
    }
}
