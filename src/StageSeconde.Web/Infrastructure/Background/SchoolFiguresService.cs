using Microsoft.Extensions.Options;
using StageSeconde.Web.Data;

namespace StageSeconde.Web.Infrastructure.Background;

/// <summary>
/// Fills the académie's figures per lycée (<see cref="SchoolFiguresStore"/>) in the background, never before the application
/// listens (docs/decisions/0018-chiffres-de-l-academie.md): shortly after start-up (a database from before these figures, a
/// new build whose rows are of another build) and then every <see cref="SchoolFiguresOptions.Interval"/> as a safety net, under
/// a database lease so that two instances do not do the same work. In batches; each lycée is recomputed in its own short unit
/// of work, written only if its row's stamp is unchanged, so a change marked meanwhile is never overwritten.
/// </summary>
public sealed class SchoolFiguresService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<SchoolFiguresOptions> options, ILogger<SchoolFiguresService> logger)
    : BackgroundService
{
    public const string LeaseName = "academie-figures";
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(15);

    /// <summary>This instance's name on the lease.</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled) return Task.CompletedTask;
        return Periodic.RunAsync(settings.FirstRunDelay, settings.Interval, clock, async ct =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var run = await RunOnceAsync(ct);
            if (run.Recorded > 0)
                logger.LogInformation("Chiffres de l'académie recalculés pour {Count} lycée(s) en {Elapsed} ms.", run.Recorded, watch.ElapsedMilliseconds);
        }, logger, "chiffres de l'académie", stoppingToken);
    }

    /// <summary>One run: takes the lease, recomputes every lycée whose row is missing, stale or of another build, gives the lease back.</summary>
    public async Task<SnapshotRun> RunOnceAsync(CancellationToken ct)
    {
        using var leaseScope = scopes.CreateScope();
        var leases = new LeaseStore(leaseScope.ServiceProvider.GetRequiredService<AppDbContext>(), clock);
        if (!await leases.TryAcquireAsync(LeaseName, Holder, LeaseDuration, ct)) return SnapshotRun.Skipped;

        try
        {
            List<(int SchoolId, Guid? Stamp)> outdated;
            using (var scope = scopes.CreateScope())
                outdated = await SchoolFiguresStore.OutdatedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), ct);

            var written = 0;
            foreach (var batch in outdated.Chunk(Math.Max(1, options.Value.BatchSize)))
            {
                // Still ours? (another instance may have taken it over after a long pause): renewed for the next batch.
                if (!await leases.TryAcquireAsync(LeaseName, Holder, LeaseDuration, ct)) break;
                foreach (var (schoolId, stamp) in batch)
                {
                    using var scope = scopes.CreateScope();
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    if (await SchoolFiguresStore.RefreshOneAsync(db, schoolId, stamp, clock.GetUtcNow().UtcDateTime, ct)) written++;
                }
            }
            return new SnapshotRun(true, written);
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, Holder, CancellationToken.None);
        }
    }
}
