using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.OnlineSignatures;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Storage;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Signatures;

/// <summary>
/// « Signée hors application »: a convention signed elsewhere (for instance on the national platform) is recorded with
/// its external reference and its signed PDF; the missing signatures are recorded as made outside the application and
/// the convention becomes signed — all in one save, the file removed again if the save fails.
/// </summary>
[Authorize(Policy = Policies.ManageRecords)]
[Route("conventions")]
public sealed class ExternalSignatureController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock, IFileStore files, SignatureCollection onlineSignatures) : Controller
{
    public const string ReferenceField = "externalReference";
    public const string FileField = "signedPdf";

    [HttpPost("{id:int}/signatures/hors-application"), ValidateAntiForgeryToken]
    [RequestSizeLimit(ScanFile.MaxRequestBytes), RequestFormLimits(MultipartBodyLengthLimit = ScanFile.MaxBytes), ScanUploadLimit]
    public async Task<IActionResult> Record(int id, [FromForm] int version, [FromForm] string? externalReference, IFormFile? signedPdf, CancellationToken ct)
    {
        var agreement = await db.Agreements.Include(a => a.Signatures).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();

        var reference = externalReference?.Trim() ?? "";
        if (reference.Length == 0) ModelState.AddModelError(ReferenceField, "Référence de la signature : ce champ est obligatoire.");
        else if (reference.Length > Agreement.ExternalReferenceMaxLength)
            ModelState.AddModelError(ReferenceField, $"Référence de la signature : {Agreement.ExternalReferenceMaxLength} caractères au maximum.");
        var (format, error) = await ScanFile.CheckAsync(signedPdf, "Convention signée : déposez le PDF signé hors application.", ct);
        if (format is not null && format != ScanFile.Pdf) error = "Convention signée : déposez le PDF signé, pas une image.";
        if (error is not null) ModelState.AddModelError(FileField, error);
        if (!ModelState.IsValid) return await PageAsync(id, ct);

        var guardianId = await db.Guardians.AsNoTracking().Where(g => g.StudentId == agreement.StudentId && g.IsLegalGuardian)
            .OrderBy(g => g.Relationship).ThenBy(g => g.Id).Select(g => (int?)g.Id).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        try
        {
            agreement.RecordExternalSignature(reference, guardianId, clock.TodayInParis(), currentUser.Actor, now);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Field == nameof(Agreement.ExternalSignatureReference) ? ReferenceField : "", ex.Message);
            return await PageAsync(id, ct);
        }
        db.SetOriginalVersion(agreement, version);

        await using var content = signedPdf!.OpenReadStream();
        var stored = await files.SaveAsync(content, format!.Extension, ct);
        var name = ScanFile.CleanName(signedPdf.FileName, format);
        db.AgreementScans.Add(new AgreementScan(agreement.SchoolId, agreement.Id, name, stored, format.ContentType, signedPdf.Length, currentUser.UserName!, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            files.Delete(stored);
            ModelState.AddModelError("", "La convention a été modifiée entre-temps : vérifiez son état ci-dessous. Rien n'a été enregistré.");
            db.ChangeTracker.Clear();
            return await PageAsync(id, ct);
        }
        catch
        {
            files.Delete(stored);
            throw;
        }

        // Signatures collected online on the live version, if any, get their evidence page and seal like after a paper signature.
        await onlineSignatures.AfterSignatureAsync(agreement, ct);
        TempData.Success($"Convention enregistrée comme signée hors application (référence {reference}) : elle est signée.");
        return RedirectToAction(nameof(SignaturesController.Index), "Signatures", new { id });
    }

    private async Task<IActionResult> PageAsync(int id, CancellationToken ct)
    {
        var model = await SignaturesModel.LoadAsync(db, id, ct);
        if (model is null) return NotFound();
        return View("Index", model with
        {
            Form = new SignatureForm { Version = model.Version, SignedOn = clock.TodayInParis(), Mode = SignatureMode.Paper },
        });
    }
}
