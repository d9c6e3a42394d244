using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>
/// Saving a form without ever losing what the user typed: a concurrent edit, a record deleted meanwhile or a duplicate
/// saved meanwhile re-displays the form with a French message instead of overwriting or failing.
/// </summary>
public static class SafeSave
{
    public const string ConcurrencyMessage =
        "Quelqu'un d'autre a modifié cette fiche pendant que vous la modifiiez. Vos saisies sont conservées ci-dessous : " +
        "vérifiez-les puis enregistrez de nouveau, ou rechargez la fiche pour voir la version actuelle.";
    public const string DeletedMessage = "Cette fiche a été supprimée entre-temps : elle ne peut plus être modifiée.";
    public const string RefusedMessage =
        "L'enregistrement a été refusé : une fiche liée a peut-être été modifiée ou supprimée entre-temps. Vos saisies sont conservées ci-dessous.";

    /// <summary>
    /// Saves the changes. After a concurrent edit, <paramref name="form"/> takes the stored version, so that saving again
    /// is a deliberate overwrite. A unique-index violation puts <paramref name="duplicateMessage"/> next to <paramref name="duplicateField"/>.
    /// </summary>
    public static async Task<bool> TrySaveAsync(this DbContext db, ModelStateDictionary modelState, IVersionedForm? form, CancellationToken ct,
        string? duplicateField = null, string? duplicateMessage = null)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var entry = ex.Entries.FirstOrDefault(e => e.Entity is Entity);
            var stored = entry is null ? null : await entry.GetDatabaseValuesAsync(ct);
            if (stored is null)
            {
                modelState.AddModelError("", DeletedMessage);
                return false;
            }
            if (form is not null) form.Version = stored.GetValue<int>(nameof(Entity.Version));
            modelState.AddModelError("", ConcurrencyMessage);
            return false;
        }
        catch (DbUpdateException ex)
        {
            if (duplicateField is not null && duplicateMessage is not null && ex.IsUniqueViolation())
                modelState.AddModelError(FormModel.Field(duplicateField), duplicateMessage);
            else
                modelState.AddModelError("", RefusedMessage);
            return false;
        }
    }
}
