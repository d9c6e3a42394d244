using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Signatures;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Storage;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Absences;

/// <summary>
/// What the CPE (or the direction) does on an absence (docs/reference-produit.md §5): acknowledges the alert, records how the
/// family was informed, decides whether it is justified (with an optional document, under the scans' upload rules).
/// </summary>
[Authorize(Policy = Policies.HandleAbsences)]
[Route("absences")]
public sealed class AbsenceHandlingController(
    AppDbContext db, ICurrentUser currentUser, TimeProvider clock, IFileStore files,
    IValidator<FamilyInformedForm> familyValidator, IValidator<JustificationForm> justificationValidator) : Controller
{
    private const string ChangedMeanwhile = "L'absence a été modifiée entre-temps : vérifiez ce qui a été enregistré ci-dessous.";

    /// <summary>« Prendre en compte »: the alert stops waiting and will not escalate. From the inbox, back there; from the page, back to it.</summary>
    [HttpPost("{id:int}/prendre-en-compte"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Acknowledge(int id, [FromForm] int version, [FromForm(Name = "retour")] string? back, CancellationToken ct)
    {
        var absence = await FindAsync(id, ct);
        if (absence is null) return NotFound();
        IActionResult then = back == "inbox" ? RedirectToAction(nameof(AbsencesController.Inbox), "Absences") : RedirectToAction(nameof(AbsenceDetailsController.Details), "AbsenceDetails", new { id });
        return await this.ChangeStateAsync(db, absence, version, a => a.Acknowledge(currentUser.Actor, clock.GetUtcNow()), ChangedMeanwhile,
            "Alerte prise en compte : elle ne remontera pas à la direction.", then, ct);
    }

    [HttpPost("{id:int}/famille-prevenue"), ValidateAntiForgeryToken]
    public async Task<IActionResult> FamilyInformed(int id, [Bind(Prefix = FamilyInformedForm.Prefix)] FamilyInformedForm form, CancellationToken ct)
    {
        var absence = await FindAsync(id, ct);
        if (absence is null) return NotFound();
        if (!(await familyValidator.ValidateAsync(form, ct)).AddTo(ModelState, FamilyInformedForm.Prefix)) return await PageAsync(id, m => m with { Family = form }, ct);

        var refused = await db.ChangeStateAsync(absence, form.Version,
            a => a.RecordFamilyInformed(form.InformedAt(), form.Method!.Value, form.PersonReached!, form.Outcome, currentUser.Actor, clock.GetUtcNow()),
            ChangedMeanwhile, ct, form);
        if (refused is not null)
        {
            ModelState.AddDomainError(new DomainException(refused.Message, FamilyInformedForm.FieldOf(refused.Field)), FamilyInformedForm.Prefix);
            return await PageAsync(id, m => m with { Family = form }, ct);
        }
        TempData.Success("Famille prévenue : c'est enregistré.");
        return RedirectToAction(nameof(AbsenceDetailsController.Details), "AbsenceDetails", new { id });
    }

    [HttpPost("{id:int}/justification"), ValidateAntiForgeryToken]
    [RequestSizeLimit(ScanFile.MaxRequestBytes), RequestFormLimits(MultipartBodyLengthLimit = ScanFile.MaxBytes), ScanUploadLimit(nameof(AbsenceDetailsController.Details), "AbsenceDetails")]
    public async Task<IActionResult> Justify(int id, [Bind(Prefix = JustificationForm.Prefix)] JustificationForm form, IFormFile? document, CancellationToken ct)
    {
        var absence = await FindAsync(id, ct);
        if (absence is null) return NotFound();
        var valid = (await justificationValidator.ValidateAsync(form, ct)).AddTo(ModelState, JustificationForm.Prefix);
        ScanFormat? format = null;
        if (document is not null)
        {
            (format, var error) = await ScanFile.CheckAsync(document, "Le document est vide.", ct);
            if (error is not null) ModelState.AddModelError(JustificationForm.DocumentField, error);
        }
        if (!valid || !ModelState.IsValid) return await PageAsync(id, m => m with { Justification = form }, ct);

        StoredDocument? stored = null;
        if (format is not null)
        {
            await using var content = document!.OpenReadStream();
            stored = new StoredDocument(ScanFile.CleanName(document.FileName, format), await files.SaveAsync(content, format.Extension, ct), format.ContentType);
        }
        var previous = absence.DocumentStoredName;
        var refused = await db.ChangeStateAsync(absence, form.Version,
            a => a.Justify(form.Justified!.Value, form.Reason, currentUser.Actor, clock.GetUtcNow(), stored), ChangedMeanwhile, ct, form);
        if (refused is not null)
        {
            if (stored is not null) files.Delete(stored.StoredName);
            ModelState.AddDomainError(new DomainException(refused.Message, refused.Field == nameof(Absence.JustificationReason) ? nameof(JustificationForm.Reason) : null), JustificationForm.Prefix);
            return await PageAsync(id, m => m with { Justification = form }, ct);
        }
        if (stored is not null && previous is not null && previous != stored.StoredName) files.Delete(previous);
        TempData.Success(form.Justified == true ? "Absence marquée justifiée." : "Absence marquée non justifiée.");
        return RedirectToAction(nameof(AbsenceDetailsController.Details), "AbsenceDetails", new { id });
    }

    private Task<Absence?> FindAsync(int id, CancellationToken ct) => db.Absences.VisibleTo(db, currentUser).FirstOrDefaultAsync(a => a.Id == id, ct);

    private async Task<IActionResult> PageAsync(int id, Func<AbsenceDetailsModel, AbsenceDetailsModel> with, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var model = await AbsenceDetails.LoadAsync(db, currentUser, clock, id, ct);
        return model is null ? NotFound() : View("~/Features/Absences/Views/Details.cshtml", with(model));
    }
}
