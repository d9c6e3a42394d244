using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StageSeconde.Web.Data;

namespace StageSeconde.Web.Infrastructure.Background;

/// <summary>
/// Records each school's daily placement snapshot (<see cref="PlacementSnapshots"/>): every <see cref="SnapshotOptions.Interval"/>,
/// under a database lease so that two instances do not do the same work at the same time, it looks for the schools whose
/// current school year has not ended and that have no snapshot for today (Paris time), computes their figures one school
/// at a time and records them. Idempotent: the unique (school, day) index makes a repeated run harmless.
/// </summary>
public sealed class SnapshotService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<SnapshotOptions> options, ILogger<SnapshotService> logger)
    : BackgroundService
{
    public const string LeaseName = "placement-snapshots";
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(15);

    /// <summary>This instance's name on the lease.</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled) return Task.CompletedTask;
        return Periodic.RunAsync(settings.FirstRunDelay, settings.Interval, clock, async ct =>
        {
            var run = await RunOnceAsync(ct);
            if (run.Recorded > 0) logger.LogInformation("Relevés de placement du jour enregistrés pour {Count} établissement(s).", run.Recorded);
        }, logger, "relevés de placement du jour", stoppingToken);
    }

    /// <summary>One run: takes the lease, records the missing snapshots of today, gives the lease back.</summary>
    public async Task<SnapshotRun> RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var leases = new LeaseStore(db, clock);
        if (!await leases.TryAcquireAsync(LeaseName, Holder, LeaseDuration, ct)) return SnapshotRun.Skipped;

        try
        {
            var today = clock.TodayInParis();
            // Schools whose current year has not ended (PlacementSnapshots.IsDue) and without today's snapshot.
            var due = await db.SchoolYears.IgnoreQueryFilters().AsNoTracking().Current()
                .Where(y => y.ObservationEnd >= today)
                .Where(y => !db.PlacementSnapshots.IgnoreQueryFilters().Any(s => s.SchoolId == y.SchoolId && s.Day == today))
                .Select(y => y.SchoolId)
                .Distinct()
                .OrderBy(id => id)
                .ToListAsync(ct);

            var recorded = 0;
            foreach (var schoolId in due)
            {
                var totals = await PlacementSnapshots.ComputeAsync(db, schoolId, ct);
                if (await PlacementSnapshots.RecordAsync(db, schoolId, today, totals, ct)) recorded++;
                db.ChangeTracker.Clear();
            }
            return new SnapshotRun(true, recorded);
        }
        finally
        {
            await leases.ReleaseAsync(LeaseName, Holder, CancellationToken.None);
        }
    }
}
