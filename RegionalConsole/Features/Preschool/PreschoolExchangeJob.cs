using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Preschool;
using RegionalConsole.Features.Operations;

namespace RegionalConsole.Features.Preschool;

/// <summary>
/// Runs the preschool exchange on the 15th of every month, Asia/Taipei (共同研討一 提案二 說明二; SPEC §3 step 5). On start
/// it runs the latest due period once if it has no successful run (the app was down over a 15th), then waits for each
/// following 15th on the injected clock. Every node runs this; the period key in the database lets one of them run.
/// </summary>
public sealed class PreschoolExchangeJob(PreschoolExchangeService exchange, TimeProvider clock, PreschoolOptions options,
    ILogger<PreschoolExchangeJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var period = ExchangePeriod.LatestDue(clock.GetUtcNow().UtcDateTime, options.ExchangeHour);
        await RunAsync(period, ExchangeRun.CatchUp, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            // The next period after the last one handled, so a clock that leaps over two 15ths still runs both.
            period = period.Next();
            var wait = period.DueAt(options.ExchangeHour) - clock.GetUtcNow().UtcDateTime;
            try
            {
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunAsync(period, ExchangeRun.Scheduled, stoppingToken);
        }
    }

    private async Task RunAsync(ExchangePeriod period, string trigger, CancellationToken ct)
    {
        using var activity = ConsoleInstruments.Activities.StartActivity("preschool_exchange.run");
        activity?.SetTag("regional_console.exchange.period", period.Key);
        try
        {
            var result = await exchange.RunScheduledAsync(period, trigger, ct);
            if (result.Outcome == ExchangeRunOutcome.Failed)
            {
                log.LogWarning("Preschool exchange {Period} failed; an administrator can run it again from /preschool.", period.Key);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The host must stay up: a database that is briefly away costs this run, not the console.
            log.LogError(e, "Preschool exchange {Period} could not start.", period.Key);
        }
    }
}
