using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data;

/// <summary>
/// Fills the audit columns, bumps the concurrency version, stamps new school-owned rows with the current school,
/// and refuses to write a row of another school.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is not AppDbContext db) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var user = db.CurrentUser.UserName ?? "système";
        var schoolId = db.CurrentSchoolId;
        AuditTrail.AddFor(db, clock.GetUtcNow());

        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is ISchoolOwned owned && schoolId is { } currentSchool)
            {
                if (entry.State == EntityState.Added && owned.SchoolId == 0) owned.SchoolId = currentSchool;
                if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && owned.SchoolId != currentSchool)
                    throw new InvalidOperationException("Écriture refusée : cet enregistrement appartient à un autre établissement.");
            }

            if (entry.Entity is not Entity entity) continue;
            switch (entry.State)
            {
                case EntityState.Added:
                    entity.CreatedAt = now;
                    entity.CreatedBy = user;
                    entity.UpdatedAt = now;
                    entity.UpdatedBy = user;
                    entity.Version = 1;
                    break;
                case EntityState.Modified:
                    entity.UpdatedAt = now;
                    entity.UpdatedBy = user;
                    entity.Version++;
                    break;
            }
        }
    }
}
