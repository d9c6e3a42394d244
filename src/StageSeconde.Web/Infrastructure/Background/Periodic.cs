namespace StageSeconde.Web.Infrastructure.Background;

/// <summary>
/// The loop of the application's periodic background services (placement snapshots, alert escalation): after
/// <c>firstDelay</c>, one run every <c>interval</c> on the given clock until the application stops; a failed run is
/// logged and the next tick tries again, so a failure never stops the service.
/// </summary>
public static class Periodic
{
    public static async Task RunAsync(TimeSpan firstDelay, TimeSpan interval, TimeProvider clock, Func<CancellationToken, Task> run, ILogger logger, string what, CancellationToken stoppingToken)
    {
        try
        {
            if (firstDelay > TimeSpan.Zero) await Task.Delay(firstDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(interval, clock);
            do
            {
                try
                {
                    await run(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Échec d'un passage : {What}.", what);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping.
        }
    }
}
