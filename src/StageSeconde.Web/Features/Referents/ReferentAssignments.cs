using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;

namespace StageSeconde.Web.Features.Referents;

/// <summary>Referents written onto conventions that others may be changing meanwhile: all or nothing.</summary>
public static class ReferentAssignments
{
    public const string ChangedMeanwhileMessage =
        "Des conventions ont été modifiées pendant que vous examiniez la répartition : rien n'a été enregistré. " +
        "Vérifiez de nouveau avant de confirmer.";

    /// <summary>Saves; false (nothing saved) when one of the conventions changed since the user saw it.</summary>
    public static async Task<bool> TrySaveAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
