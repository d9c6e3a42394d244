using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Referents;

/// <summary>Professeurs référents of the placed pupils: assigned by hand, or by a proposal reviewed before it is applied.</summary>
[Authorize(Policy = Policies.Direction)]
[Route("referents")]
public sealed class ReferentsController(AppDbContext db, IValidator<AssignReferentForm> assignValidator, IValidator<ReferentPlanForm> planValidator) : Controller
{
    public const string ChangedMeanwhileMessage =
        "Des conventions ont été modifiées pendant que vous examiniez la répartition : rien n'a été enregistré. " +
        "Vérifiez de nouveau avant de confirmer.";

    [HttpGet("")]
    public async Task<IActionResult> Index(int? classe, bool sansReferent = false, int page = 1, CancellationToken ct = default) =>
        View(await ReferentList.LoadAsync(db, classe, sansReferent, page, ct));

    [HttpPost("attribuer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Assign(AssignReferentForm form, CancellationToken ct)
    {
        var back = BackToList(form.ReturnUrl);
        var validation = await assignValidator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            TempData.Error(validation.Errors[0].ErrorMessage);
            return back;
        }

        var teachers = await ReferentCandidates.LoadAsync(db, ct);
        if (form.TeacherId is { } teacherId && teachers.All(t => t.StaffId != teacherId))
        {
            TempData.Error("Ce personnel ne peut pas être professeur référent.");
            return back;
        }

        var seen = AgreementVersions.Parse(form.Versions)!;
        var agreements = await db.Agreements.InCurrentYear()
            .Where(a => a.StudentId == form.StudentId && a.State != AgreementState.Cancelled && a.State != AgreementState.Completed)
            .ToListAsync(ct);
        if (agreements.Count == 0) return NotFound();
        if (!agreements.Select(a => a.Id).ToHashSet().SetEquals(seen.Keys))
        {
            TempData.Error(ChangedMeanwhileMessage);
            return back;
        }

        foreach (var agreement in agreements)
        {
            db.SetOriginalVersion(agreement, seen[agreement.Id]);
            agreement.AssignReferentTeacher(form.TeacherId);
        }
        if (!await TrySaveAsync(ct))
        {
            TempData.Error(ChangedMeanwhileMessage);
            return back;
        }

        var name = teachers.FirstOrDefault(t => t.StaffId == form.TeacherId)?.Name;
        TempData.Success(name is null ? "Référent retiré." : $"{name} est désormais le professeur référent de l'élève.");
        return back;
    }

    [HttpGet("proposition")]
    public async Task<IActionResult> Proposal(bool reattribuer = false, CancellationToken ct = default) =>
        View(await ReferentProposalPage.LoadAsync(db, reattribuer, ct));

    [HttpPost("proposition"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Confirm(ReferentPlanForm form, CancellationToken ct)
    {
        var validation = await planValidator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            TempData.Error(validation.Errors[0].ErrorMessage);
            return RedirectToAction(nameof(Proposal), new { reattribuer = form.ReassignAll });
        }

        var changes = form.Changes()!;
        var teachers = (await ReferentCandidates.LoadAsync(db, ct)).Select(t => t.StaffId).ToHashSet();
        if (changes.Any(c => !teachers.Contains(c.TeacherId)))
        {
            TempData.Error("La proposition nomme un personnel qui ne peut plus être professeur référent : elle a été recalculée.");
            return RedirectToAction(nameof(Proposal), new { reattribuer = form.ReassignAll });
        }

        var ids = changes.Select(c => c.AgreementId).ToList();
        var agreements = await db.Agreements.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var applicable = agreements.Count == changes.Count && changes.All(c => agreements[c.AgreementId].IsOpen);
        if (applicable)
        {
            foreach (var (agreementId, version, teacherId) in changes)
            {
                db.SetOriginalVersion(agreements[agreementId], version);
                agreements[agreementId].AssignReferentTeacher(teacherId);
            }
        }
        if (!applicable || !await TrySaveAsync(ct))
        {
            TempData.Error(ChangedMeanwhileMessage);
            return RedirectToAction(nameof(Proposal), new { reattribuer = form.ReassignAll });
        }

        var pupils = agreements.Values.Select(a => a.StudentId).Distinct().Count();
        TempData.Success($"Professeurs référents attribués : {pupils} élève(s), {changes.Count} convention(s).");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Saves; false (nothing saved) when one of the conventions changed since the user saw it.</summary>
    private async Task<bool> TrySaveAsync(CancellationToken ct)
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

    private RedirectResult BackToList(string? returnUrl) =>
        Redirect(returnUrl is not null && Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/referents", StringComparison.Ordinal) ? returnUrl : "/referents");
}
