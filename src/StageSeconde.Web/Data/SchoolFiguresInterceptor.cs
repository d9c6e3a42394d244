using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data;

/// <summary>
/// Keeps <see cref="SchoolFigures"/> up to date (docs/decisions/0018-chiffres-de-l-academie.md): a save that adds, changes or
/// deletes a pupil, a convention, a declaration, a programme enrolment or a school year marks the school's row stale, in that
/// same save; once saved, the row is recomputed for that school alone — in the caller's transaction when there is one (the
/// figures commit or roll back with the change), otherwise right after the commit. A recomputation that fails outside a
/// transaction leaves the row stale: the next reader recomputes it. Registered after <see cref="AuditInterceptor"/>, which
/// stamps new rows with their school.
/// </summary>
public sealed class SchoolFiguresInterceptor(TimeProvider clock, ILogger<SchoolFiguresInterceptor> logger) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<SchoolFigures>> _marked = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        MarkAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        await MarkAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        RefreshAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await RefreshAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private async Task MarkAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not AppDbContext db) return;
        var schools = SchoolFiguresStore.ChangedSchools(db);
        var addsSchool = db.ChangeTracker.Entries<School>().Any(e => e.State == EntityState.Added);
        if (schools.Count == 0 && !addsSchool) return;
        var marked = await SchoolFiguresStore.MarkStaleAsync(db, schools, ct);
        _marked.AddOrUpdate(db, marked);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null) _marked.Remove(context);
    }

    private async Task RefreshAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not AppDbContext db || !_marked.TryGetValue(db, out var marked)) return;
        _marked.Remove(db);
        var rows = marked.Select(f => (f.SchoolId, f.Stamp)).ToList();
        // The tracked rows say "stale": the database will not once recomputed.
        foreach (var row in marked) db.Entry(row).State = EntityState.Detached;

        var at = clock.GetUtcNow().UtcDateTime;
        if (db.Database.CurrentTransaction is not null)
        {
            // In the caller's transaction: the figures commit with the change, or roll back with it.
            foreach (var (schoolId, stamp) in rows) await SchoolFiguresStore.RefreshAsync(db, schoolId, stamp, at, ct);
            return;
        }
        foreach (var (schoolId, stamp) in rows)
        {
            try
            {
                // The change is committed: recompute even if the request is being abandoned.
                await SchoolFiguresStore.RefreshAsync(db, schoolId, stamp, at, CancellationToken.None);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogWarning(e, "Chiffres de l'établissement {SchoolId} non recalculés après l'enregistrement ; la page de l'académie les recalculera.", schoolId);
            }
        }
    }
}
