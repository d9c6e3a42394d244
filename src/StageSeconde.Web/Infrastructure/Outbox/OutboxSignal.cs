namespace StageSeconde.Web.Infrastructure.Outbox;

/// <summary>
/// Wakes this instance's dispatcher as soon as messages have been written to the outbox (by <see cref="OutboxNotifier"/>),
/// instead of at its next poll: an alert leaves within the time of a send. Other instances still find the messages at
/// their next poll, so nothing depends on it.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _written = new(0, 1);

    /// <summary>Messages were written (several notifications before the dispatcher wakes count as one).</summary>
    public void Notify()
    {
        try
        {
            _written.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already notified: one wake-up serves them all.
        }
    }

    /// <summary>Waits until notified or until <paramref name="interval"/> has passed on <paramref name="clock"/>.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken ct)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var notified = _written.WaitAsync(either.Token);
        var elapsed = Task.Delay(interval, clock, either.Token);
        await Task.WhenAny(notified, elapsed);
        either.Cancel();
        try
        {
            await Task.WhenAll(notified, elapsed);
        }
        catch (OperationCanceledException)
        {
            // The one that did not finish was cancelled: expected.
        }
        ct.ThrowIfCancellationRequested();
    }
}
