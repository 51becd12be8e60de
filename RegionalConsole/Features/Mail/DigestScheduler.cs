namespace RegionalConsole.Features.Mail;

/// <summary>Asks <see cref="DigestService"/> every minute whether today's digest is due (it knows the day and hour).</summary>
public sealed class DigestScheduler(IServiceScopeFactory scopes, MailOptions options, TimeProvider clock, ILogger<DigestScheduler> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CanSend || !options.DigestEnabled)
        {
            return; // without an SMTP server a digest would only be stale by the time one is configured
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DigestService>().EnqueueDueAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The daily digest could not be enqueued; trying again in a minute.");
            }

            try
            {
                await Task.Delay(options.Poll < Interval ? options.Poll : Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
