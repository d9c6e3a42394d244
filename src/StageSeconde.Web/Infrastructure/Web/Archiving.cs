using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Infrastructure.Web;

/// <summary>The outcome of archiving or restoring a record: <see cref="Saved"/> is false when someone else changed it meanwhile.</summary>
public sealed record ArchiveOutcome<T>(T Record, bool Saved);

/// <summary>
/// The one archive path of the records that are archived rather than deleted (hosts, staff, classes): load, archive or restore
/// through the entity, check the version the page showed (optimistic concurrency, as the edits), save.
/// </summary>
public static class Archiving
{
    public const string ConflictMessage = "Cette fiche venait d'être modifiée par ailleurs : vérifiez-la ci-dessous, puis recommencez si besoin.";

    /// <summary>Archives (<paramref name="archived"/>) or restores the record <paramref name="id"/>; null when the school has no such record.</summary>
    public static async Task<ArchiveOutcome<T>?> SetArchivedAsync<T>(this DbContext db, int id, bool archived, int version, CancellationToken ct)
        where T : Entity, IArchivable
    {
        var record = await db.Set<T>().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (record is null) return null;

        if (archived) record.Archive();
        else record.Restore();
        db.SetOriginalVersion(record, version);
        return new ArchiveOutcome<T>(record, await db.TrySaveAsync(new ModelStateDictionary(), form: null, ct));
    }

    /// <summary>The flash message of an archive: <paramref name="success"/>, or the conflict's.</summary>
    public static void Report<T>(this ITempDataDictionary tempData, ArchiveOutcome<T> outcome, string success)
    {
        if (outcome.Saved) tempData.Success(success);
        else tempData.Error(ConflictMessage);
    }
}
