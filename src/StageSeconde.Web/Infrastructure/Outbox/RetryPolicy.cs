namespace StageSeconde.Web.Infrastructure.Outbox;

/// <summary>
/// When a message that failed is tried again: <see cref="FirstDelay"/> after the first failure, twice as long after each
/// further one, never more than <see cref="MaxDelay"/>; after <see cref="MaxAttempts"/> failed attempts, never (given up).
/// </summary>
public sealed record RetryPolicy
{
    public RetryPolicy(TimeSpan firstDelay, TimeSpan maxDelay, int maxAttempts)
    {
        if (firstDelay <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(firstDelay), firstDelay, "The first delay must be positive.");
        if (maxDelay < firstDelay) throw new ArgumentOutOfRangeException(nameof(maxDelay), maxDelay, "The longest delay cannot be shorter than the first.");
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        FirstDelay = firstDelay;
        MaxDelay = maxDelay;
        MaxAttempts = maxAttempts;
    }

    public TimeSpan FirstDelay { get; }
    public TimeSpan MaxDelay { get; }
    public int MaxAttempts { get; }

    /// <summary>
    /// The next attempt after the <paramref name="failedAttempts"/>-th attempt (counting this one) failed at
    /// <paramref name="failedAt"/>; null when that was the last one allowed.
    /// </summary>
    public DateTimeOffset? NextAttempt(int failedAttempts, DateTimeOffset failedAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        if (failedAttempts >= MaxAttempts) return null;
        return failedAt + Delay(failedAttempts);
    }

    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failure: first delay × 2^(n−1), capped.</summary>
    public TimeSpan Delay(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        // Doubling past the cap is pointless (and 2^n overflows): stop as soon as the cap is reached.
        var delay = FirstDelay;
        for (var i = 1; i < failedAttempts && delay < MaxDelay; i++) delay += delay;
        return delay < MaxDelay ? delay : MaxDelay;
    }
}
