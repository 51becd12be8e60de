using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Preschool;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Features.Preschool.PreschoolData;

namespace RegionalConsole.Tests.Features.Preschool;

/// <summary>The monthly exchange job on the fake clock (SPEC §3 step 5, §7). Each test moves the clock, so each has its own app.</summary>
public sealed class ExchangeJobTests
{
    [Fact]
    public async Task TheJobRunsOnEachFifteenthAndSendsOnlyWhatNoAcknowledgedRunCarried()
    {
        await using var app = new ConsoleAppFactory();
        var data = new PreschoolData(app);
        var november = await data.SucceededRunAsync("2026-11");
        await AcknowledgeAsync(app, november.Id);
        var preschool = await data.InstitutionAsync("10015", "花蓮縣立測試幼兒園");
        var teacher = await data.TeacherAsync(preschool);
        var beforeDecember = await data.RecordAsync(teacher, preschool, Taipei(2026, 11, 30), [TagDefaults.Preschool]);

        app.Clock.SetUtcNow(Taipei(2026, 12, 15, 2).AddMinutes(1));
        var december = await data.SucceededRunAsync("2026-12");
        await AcknowledgeAsync(app, december.Id);
        var beforeJanuary = await data.RecordAsync(teacher, preschool, Taipei(2026, 12, 20), [TagDefaults.SafetyEducation]);
        app.Clock.SetUtcNow(Taipei(2027, 1, 15, 2).AddMinutes(1));
        var january = await data.SucceededRunAsync("2027-01");

        Assert.Equal(ExchangeRun.CatchUp, november.TriggeredBy);
        Assert.Equal([beforeDecember.Id], await data.SentAsync(december.Id));
        Assert.Equal(ExchangeRun.Scheduled, december.TriggeredBy);
        Assert.Equal([beforeJanuary.Id], await data.SentAsync(january.Id));
        Assert.Equal(1, january.RecordCount);
    }

    [Fact]
    public async Task RunningThePeriodAgainSendsWhatNoAcknowledgedRunCarried()
    {
        await using var app = new ConsoleAppFactory();
        var data = new PreschoolData(app);
        var first = await data.SucceededRunAsync("2026-11");
        await AcknowledgeAsync(app, first.Id);
        var preschool = await data.InstitutionAsync("10015", "花蓮縣立重跑幼兒園");
        var late = await data.RecordAsync(await data.TeacherAsync(preschool), preschool, Taipei(2026, 11, 24), [TagDefaults.BasicLifeSupport]);

        var again = await data.Exchange.RunNowAsync(TestUsers.Administrator, TestContext.Current.CancellationToken);

        Assert.Equal(ExchangeRunOutcome.Done, again.Outcome);
        Assert.Equal([late.Id], await data.SentAsync(again.RunId!.Value));
        Assert.DoesNotContain(late.Id, await data.SentAsync(first.Id));
    }

    [Fact]
    public async Task AnAppStartedAfterAFifteenthItMissedRunsThatPeriodOnceAndNotAgainOnRestart()
    {
        await using var app = new ConsoleAppFactory();
        var data = new PreschoolData(app);
        await data.SucceededRunAsync("2026-11");

        // A second node (or a restart) on the same database starts its job: the period is done, nothing runs.
        using var job = new PreschoolExchangeJob(data.Exchange, app.Clock, app.Services.GetRequiredService<PreschoolOptions>(), NullLogger<PreschoolExchangeJob>.Instance);
        await job.StartAsync(TestContext.Current.CancellationToken);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        await job.StopAsync(TestContext.Current.CancellationToken);

        var runs = await app.WithDbAsync(db => db.ExchangeRuns.Select(r => new { r.Period, r.TriggeredBy }).ToListAsync());
        Assert.Equal("2026-11", Assert.Single(runs).Period);
        Assert.Equal(ExchangeRun.CatchUp, runs[0].TriggeredBy);
    }

    [Fact]
    public async Task ARunOfAPeriodAlreadyUnderWayIsRefusedAndSendsNothing()
    {
        await using var app = new ConsoleAppFactory();
        var data = new PreschoolData(app);
        await data.SucceededRunAsync("2026-11");
        var preschool = await data.InstitutionAsync("10015", "花蓮縣立並行幼兒園");
        await data.RecordAsync(await data.TeacherAsync(preschool), preschool, Taipei(2026, 11, 24), [TagDefaults.Preschool]);
        // Another node holds the period.
        await app.WithDbAsync(async db =>
        {
            db.ExchangeRuns.Add(new ExchangeRun
            {
                Period = "2026-11",
                RunningPeriod = "2026-11",
                StartedAt = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1),
                Status = ExchangeRunStatus.Running,
                TriggeredBy = "other-node",
            });
            return await db.SaveChangesAsync();
        });
        var sentBefore = await app.WithDbAsync(db => db.ExchangeSentRecords.CountAsync());

        var result = await data.Exchange.RunNowAsync(TestUsers.Administrator, TestContext.Current.CancellationToken);

        Assert.Equal(ExchangeRunOutcome.AlreadyRunning, result.Outcome);
        Assert.Equal(sentBefore, await app.WithDbAsync(db => db.ExchangeSentRecords.CountAsync()));
    }

    [Fact]
    public async Task ARunLeftRunningByADeadNodeNoLongerBlocksItsPeriod()
    {
        await using var app = new ConsoleAppFactory();
        var data = new PreschoolData(app);
        await data.SucceededRunAsync("2026-11");
        var stale = await app.WithDbAsync(async db =>
        {
            var run = new ExchangeRun
            {
                Period = "2026-11",
                RunningPeriod = "2026-11",
                StartedAt = app.Clock.GetUtcNow().UtcDateTime.AddHours(-3),
                Status = ExchangeRunStatus.Running,
                TriggeredBy = "dead-node",
            };
            db.ExchangeRuns.Add(run);
            await db.SaveChangesAsync();
            return run.Id;
        });

        var result = await data.Exchange.RunNowAsync(TestUsers.Administrator, TestContext.Current.CancellationToken);

        Assert.Equal(ExchangeRunOutcome.Done, result.Outcome);
        Assert.Equal(ExchangeRunStatus.Failed, await app.WithDbAsync(db => db.ExchangeRuns.Where(r => r.Id == stale).Select(r => r.Status).SingleAsync()));
    }

    /// <summary>The platform's receipt (SPEC §14.4): from then on the run's records count as sent.</summary>
    private static Task AcknowledgeAsync(ConsoleAppFactory app, int runId) =>
        app.Services.GetRequiredService<ExchangeDeliveryService>().AcknowledgeAsync(runId, "api:全國教保資訊網", TestContext.Current.CancellationToken);
}
