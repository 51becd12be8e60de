namespace RegionalConsole.Domain.Webhooks;

/// <summary>
/// When a failed delivery is tried again (SPEC §14.3: retried with back-off for at least 24 hours, then the subscription
/// is suspended). The waits follow the schedule the Standard Webhooks guidance shows: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
/// 10 h — about 27.6 hours from the first failure to the last attempt.
/// </summary>
public static class WebhookBackoff
{
    public static readonly IReadOnlyList<TimeSpan> Waits =
    [
        TimeSpan.FromSeconds(5),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2),
        TimeSpan.FromHours(5),
        TimeSpan.FromHours(10),
        TimeSpan.FromHours(10),
    ];

    /// <summary>How long a failing delivery is retried before its subscription is suspended (SPEC §14.3: at least 24 hours).</summary>
    public static TimeSpan RetriedFor { get; } = Waits.Aggregate(TimeSpan.Zero, (sum, wait) => sum + wait);

    /// <summary>The next attempt after the <paramref name="failedAttempts"/>-th failure, or null: give up and suspend.</summary>
    public static DateTime? NextAttempt(int failedAttempts, DateTime failedAtUtc)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        return failedAttempts <= Waits.Count ? failedAtUtc + Waits[failedAttempts - 1] : null;
    }
}
