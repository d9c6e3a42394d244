using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Infrastructure.Background;

/// <summary>
/// Database leases for background work (docs/architecture.md): several instances of the application may run on one database,
/// and only the holder of a lease does the work it names. Works the same on SQLite and SQL Server: the row is created
/// if missing (a concurrent creation fails on the primary key and is ignored), then taken by one conditional UPDATE
/// — « where it has expired or is already mine » — that affects one row for exactly one contender.
/// </summary>
public sealed class LeaseStore(AppDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Takes (or renews) the lease <paramref name="name"/> for <paramref name="holder"/> until now + <paramref name="duration"/>.
    /// True when <paramref name="holder"/> holds it now; false when another holder's lease has not expired.
    /// </summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        if (duration <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), duration, "A lease lasts some time.");

        var now = clock.GetUtcNow().UtcDateTime;
        await EnsureExistsAsync(name, ct);

        var expiresAt = now + duration;
        // A lease that ends now is over: released at this very instant (ReleaseAsync), it can be taken at once.
        var taken = await db.BackgroundLeases
            .Where(l => l.Name == name && (l.ExpiresAt <= now || l.Holder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, expiresAt), ct);
        return taken == 1;
    }

    /// <summary>Gives the lease up at once (when the work is done), if <paramref name="holder"/> still holds it.</summary>
    public async Task ReleaseAsync(string name, string holder, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.BackgroundLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now), ct);
    }

    private async Task EnsureExistsAsync(string name, CancellationToken ct)
    {
        if (await db.BackgroundLeases.AsNoTracking().AnyAsync(l => l.Name == name, ct)) return;

        // Created already expired: taking it is the conditional update's job, for everyone alike.
        var lease = new BackgroundLease(name, holder: "", expiresAt: DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc));
        db.BackgroundLeases.Add(lease);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance created it at the same moment: fine, it exists. Anything else is a real failure.
            db.Entry(lease).State = EntityState.Detached;
            if (!await db.BackgroundLeases.AsNoTracking().AnyAsync(l => l.Name == name, ct)) throw;
            return;
        }
        db.Entry(lease).State = EntityState.Detached;
    }
}
