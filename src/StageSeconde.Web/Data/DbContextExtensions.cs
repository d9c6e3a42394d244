using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data;

public static class DbContextExtensions
{
    /// <summary>
    /// Declares the version the user's form was based on, so that saving over someone else's change
    /// throws <see cref="DbUpdateConcurrencyException"/> instead of overwriting it.
    /// </summary>
    public static void SetOriginalVersion(this DbContext db, Entity entity, int version) =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
}
