using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>Changing what a convention says; after validation, with a reason, and it goes back to validation (<see cref="Agreement.ApplyEdit"/>).</summary>
[Authorize(Policy = Policies.SchoolStaff)]
[Route("conventions")]
public sealed class AgreementEditController(AppDbContext db, IValidator<AgreementForm> validator, ICurrentUser currentUser, TimeProvider clock,
    OnlineSignatures.SignatureCollection onlineSignatures) : Controller
{
    [HttpGet("{id:int}/modifier"), Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.HostOrganisation).Include(a => a.Signatures).Include(a => a.SchoolYear)
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        if (!await db.MayWriteAgreementAsync(currentUser, id, ct)) return Forbid();
        if (!agreement.IsOpen) return this.ClosedAgreement(id, agreement.State);
        var student = (await StudentSummary.LoadAsync(db, agreement.StudentId, ct))!;
        return await FormAsync(agreement, student, AgreementForm.From(agreement, agreement.HostOrganisation!), agreement.SchoolYear!, ct);
    }

    [HttpPost("{id:int}/modifier"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormModel.Prefix)] AgreementForm form, CancellationToken ct)
    {
        var agreement = await db.Agreements.Include(a => a.Signatures).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        if (!await db.MayWriteAgreementAsync(currentUser, id, ct)) return Forbid();
        if (!agreement.IsOpen) return this.ClosedAgreement(id, agreement.State);
        var student = (await StudentSummary.LoadAsync(db, agreement.StudentId, ct))!;
        var year = await db.SchoolYears.AsNoTracking().FirstAsync(y => y.Id == agreement.SchoolYearId, ct);
        if (!(await validator.ValidateAsync(form.Editing(agreement).Posted(ModelState), ct)).AddTo(ModelState, FormModel.Prefix)
            || await HostAndTutor.FromFormAsync(db, form, ModelState, ct) is not { } chosen)
            return await FormAsync(agreement, student, form, year, ct);

        var (before, signatures) = (agreement.State, agreement.Signatures.Count);
        try
        {
            agreement.ApplyEdit(year, chosen.Host, chosen.Tutor, form.ToTerms(), currentUser.Actor, clock.GetUtcNow(), form.Reason);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return await FormAsync(agreement, student, form, year, ct);
        }
        chosen.LinkNewTo(db, agreement);
        // Back to validation: the version put to signature and its links are void, the signers are told (same save).
        if (before is AgreementState.Validated or AgreementState.InSignature or AgreementState.Signed && agreement.State == AgreementState.Submitted)
            await onlineSignatures.VoidAsync(agreement, form.Reason ?? "Convention modifiée.", currentUser.Actor, ct);
        if (!db.ChangeTracker.HasChanges())
        {
            TempData.Info("Aucune modification : la convention est inchangée.");
            return this.ToAgreement(id);
        }

        db.SetOriginalVersion(agreement, form.Version);
        if (!await db.TrySaveAsync(ModelState, form, ct, form.CreatesHost ? "NewHost.Siret" : null, form.CreatesHost ? HostAndTutor.DuplicateSiretMessage : null))
            return await FormAsync(agreement, student, form, year, ct, stateShown: before, signaturesShown: signatures);

        TempData.Success((before, agreement.State) switch
        {
            (AgreementState.Refused, AgreementState.Draft) => "Convention corrigée : elle repasse en brouillon. Soumettez-la de nouveau quand elle est prête.",
            (not AgreementState.Submitted, AgreementState.Submitted) =>
                "Convention modifiée : elle repasse à l'état « Soumise » et doit être validée de nouveau par la direction."
                + (signatures > 0 ? " Les signatures déjà recueillies ont été effacées." : ""),
            _ => "Convention enregistrée.",
        });
        return this.ToAgreement(id);
    }

    private async Task<IActionResult> FormAsync(Agreement agreement, StudentSummary student, AgreementForm form, SchoolYear year, CancellationToken ct,
        AgreementState? stateShown = null, int? signaturesShown = null) =>
        View("Form", await AgreementFormModel.LoadAsync(db, agreement, student, form, YearWeeks.Of(year), ct, stateShown, signaturesShown));
}
