namespace RegionalConsole.Domain.Mail;

/// <summary>
/// When the outbox tries a message again after the SMTP server refused it or could not be reached: exponential
/// back-off (30 s, 1 min, 2 min, ...) capped at an hour, so a long outage costs few attempts and nothing is dropped.
/// </summary>
public static class RetrySchedule
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(1);

    /// <param name="failedAttempts">Attempts made so far, all failed (1 after the first failure).</param>
    public static TimeSpan DelayAfter(int failedAttempts)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 20);
        var delay = First * Math.Pow(2, exponent);
        return delay < Longest ? delay : Longest;
    }
}
