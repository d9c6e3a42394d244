using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>The outcome of a deletion: <see cref="Deleted"/> is false when the record is in use and was kept.</summary>
public sealed record DeleteOutcome<T>(T Record, bool Deleted);

/// <summary>
/// The one delete path of master data: a record in use (<see cref="RecordsInUse"/>) is never deleted, it is kept (and
/// offered for archiving where it can be); any other is removed. Each page says what it means in its own words.
/// </summary>
public static class Deleting
{
    /// <summary>
    /// Deletes the record <paramref name="id"/> unless <paramref name="inUse"/> says it is used; null when the school has
    /// no such record. <paramref name="load"/> may include what is deleted with it (a student's guardians).
    /// </summary>
    public static async Task<DeleteOutcome<T>?> DeleteUnlessInUseAsync<T>(this AppDbContext db, int id,
        Func<int, CancellationToken, Task<bool>> inUse, CancellationToken ct, Func<IQueryable<T>, IQueryable<T>>? load = null)
        where T : Entity
    {
        var query = db.Set<T>().AsQueryable();
        var record = await (load is null ? query : load(query)).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (record is null) return null;
        if (await inUse(id, ct)) return new DeleteOutcome<T>(record, Deleted: false);

        db.Remove(record);
        await db.SaveChangesAsync(ct);
        return new DeleteOutcome<T>(record, Deleted: true);
    }
}
