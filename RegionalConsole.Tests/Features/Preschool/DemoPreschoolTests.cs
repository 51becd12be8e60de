using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.Preschool;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Preschool;

/// <summary>The demo data gives /preschool something to show.</summary>
public sealed class DemoPreschoolTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task TheFirstRunOnTheDemoDataSendsPreschoolTeachersRecords()
    {
        var run = await new PreschoolData(app).SucceededRunAsync("2026-11");

        Assert.True(run.RecordCount > 0, "The demo catch-up run sent no record.");
        Assert.Equal(run.RecordCount, await app.WithDbAsync(db => db.ExchangeSentRecords.CountAsync(s => s.RunId == run.Id)));
    }

    [Fact]
    public async Task TheDemoOverlapCaseShowsInTheReport()
    {
        var overlaps = app.Services.CreateScope().ServiceProvider.GetRequiredService<OverlapReportService>();

        var rows = await overlaps.ListAsync(TestUsers.Administrator, null, TestContext.Current.CancellationToken);

        Assert.Equal(3, rows.Count);
    }
}
