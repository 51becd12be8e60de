using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.Preschool;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Preschool;

/// <summary>A run the platform does not acknowledge within 3 days is shown to administrators (SPEC §14.4). Each test moves the clock.</summary>
public sealed class ExchangeOverdueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> DashboardAsync(ConsoleAppFactory app, string account)
    {
        using var client = app.CreateClient();
        await client.GetAsync($"/dev-signin?as={account}", Ct);
        var response = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task ARunUnacknowledgedForMoreThanThreeDaysIsShownOnThePreschoolPanelAndTheDashboard()
    {
        await using var app = new ConsoleAppFactory();
        var data = new PreschoolData(app);
        var run = await data.SucceededRunAsync("2026-11");
        var delivery = app.Services.GetRequiredService<ExchangeDeliveryService>();

        app.Clock.SetUtcNow(run.FinishedAt!.Value.AddDays(3));
        var onTheThirdDay = await delivery.OverdueAsync(TestUsers.Administrator, Ct);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var after = await delivery.OverdueAsync(TestUsers.Administrator, Ct);

        Assert.Empty(onTheThirdDay);
        Assert.Equal(run.Id, Assert.Single(after).Id);
        Assert.True(Assert.Single(await data.Exchange.RunsAsync(TestUsers.Administrator, Ct), r => r.Id == run.Id).Overdue);
        Assert.Contains("dashboard-exchange-overdue", await DashboardAsync(app, "admin"), StringComparison.Ordinal);
        Assert.DoesNotContain("dashboard-exchange-overdue", await DashboardAsync(app, "supervisor-63000"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAcknowledgedRunIsNoLongerOverdue()
    {
        await using var app = new ConsoleAppFactory();
        var data = new PreschoolData(app);
        var run = await data.SucceededRunAsync("2026-11");
        using var platform = await data.ExchangePlatformAsync();
        app.Clock.SetUtcNow(run.FinishedAt!.Value.AddDays(4));

        (await platform.PostAsync($"/api/v1/preschool-exchange/runs/{run.Id}/ack", null, Ct)).EnsureSuccessStatusCode();

        Assert.Empty(await app.Services.GetRequiredService<ExchangeDeliveryService>().OverdueAsync(TestUsers.Administrator, Ct));
        Assert.DoesNotContain("dashboard-exchange-overdue", await DashboardAsync(app, "admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOldRunWhoseRecordsALaterAcknowledgedRunCarriedIsNoLongerOverdue()
    {
        await using var app = new ConsoleAppFactory();
        var data = new PreschoolData(app);
        var old = await data.SucceededRunAsync("2026-11");
        using var platform = await data.ExchangePlatformAsync();
        app.Clock.SetUtcNow(old.FinishedAt!.Value.AddDays(4));
        var later = await data.Exchange.RunNowAsync(TestUsers.Administrator, Ct);

        (await platform.PostAsync($"/api/v1/preschool-exchange/runs/{later.RunId}/ack", null, Ct)).EnsureSuccessStatusCode();

        Assert.Empty(await app.Services.GetRequiredService<ExchangeDeliveryService>().OverdueAsync(TestUsers.Administrator, Ct));
    }
}
