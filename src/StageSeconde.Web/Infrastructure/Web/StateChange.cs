using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>
/// A change of a record's state asked from a page that showed one version of it (a button, a small form): the domain
/// method makes and records the change, the save checks that nobody changed the record meanwhile. Whatever prevents it
/// comes back as one French <see cref="DomainException"/>: a second click, a stale page or a refused rule does nothing.
/// </summary>
public static class StateChange
{
    /// <summary>
    /// Applies <paramref name="change"/> to the version of <paramref name="record"/> the user saw and saves it.
    /// After a change made meanwhile, <paramref name="form"/> (if any) takes the stored version, so that trying again is deliberate.
    /// </summary>
    /// <returns>null when saved; otherwise why nothing was done (<paramref name="changedMeanwhile"/> for a change made meanwhile).</returns>
    public static async Task<DomainException?> ChangeStateAsync<T>(this DbContext db, T record, int versionSeen, Action<T> change,
        string changedMeanwhile, CancellationToken ct, IVersionedForm? form = null) where T : Entity
    {
        if (record.Version != versionSeen)
        {
            if (form is not null) form.Version = record.Version;
            return new DomainException(changedMeanwhile);
        }
        try
        {
            change(record);
        }
        catch (DomainException refused)
        {
            return refused;
        }
        db.SetOriginalVersion(record, versionSeen);
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            var stored = await db.Entry(record).GetDatabaseValuesAsync(ct);
            if (form is not null && stored is not null) form.Version = stored.GetValue<int>(nameof(Entity.Version));
            db.ChangeTracker.Clear();
            return new DomainException(changedMeanwhile);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new DomainException(SafeSave.RefusedMessage);
        }
    }

    /// <summary>The change from a form page: false, with why nothing was done on the form (next to its field when the rule names one).</summary>
    public static async Task<bool> TryChangeStateAsync<T>(this Controller controller, DbContext db, T record, int versionSeen, Action<T> change,
        string changedMeanwhile, CancellationToken ct, IVersionedForm? form = null) where T : Entity
    {
        var refused = await db.ChangeStateAsync(record, versionSeen, change, changedMeanwhile, ct, form);
        if (refused is not null) controller.ModelState.AddDomainError(refused);
        return refused is null;
    }

    /// <summary>The change from a button: back to <paramref name="then"/> with a flash message, <paramref name="success"/> or why nothing was done.</summary>
    public static async Task<IActionResult> ChangeStateAsync<T>(this Controller controller, DbContext db, T record, int versionSeen, Action<T> change,
        string changedMeanwhile, string success, IActionResult then, CancellationToken ct) where T : Entity
    {
        var refused = await db.ChangeStateAsync(record, versionSeen, change, changedMeanwhile, ct);
        if (refused is null) controller.TempData.Success(success);
        else controller.TempData.Error(refused.Message);
        return then;
    }
}
