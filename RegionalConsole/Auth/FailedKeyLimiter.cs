using System.Threading.RateLimiting;

namespace RegionalConsole.Auth;

/// <summary>
/// Wrong or missing API keys, counted per client address (SPEC §13.3): after a burst the address gets 429 with
/// Retry-After, and while it is limited no key it sends is even looked at, so keys cannot be guessed at full speed.
/// </summary>
public sealed class FailedKeyLimiter(int attemptsPerMinute) : IDisposable
{
    public const int RetryAfterSeconds = 60;

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = attemptsPerMinute,
            TokensPerPeriod = attemptsPerMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>True while the address has used up its failed attempts.</summary>
    public bool IsLimited(string address) => _limiter.GetStatistics(address)?.CurrentAvailablePermits is 0;

    /// <summary>Counts one failed attempt; false when the address had none left.</summary>
    public bool RecordFailure(string address)
    {
        using var lease = _limiter.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
