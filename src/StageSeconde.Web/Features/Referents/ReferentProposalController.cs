using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Referents;

/// <summary>A proposal of professeurs référents for all placed students, reviewed by the direction before it is applied.</summary>
[Authorize(Policy = Policies.Direction)]
[Route("referents")]
public sealed class ReferentProposalController(AppDbContext db, IValidator<ReferentPlanForm> validator) : Controller
{
    [HttpGet("proposition")]
    public async Task<IActionResult> Proposal(bool reattribuer = false, CancellationToken ct = default) =>
        View(await ReferentProposalPage.LoadAsync(db, reattribuer, ct));

    [HttpPost("proposition"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Confirm(ReferentPlanForm form, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
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
        if (!applicable || !await ReferentAssignments.TrySaveAsync(db, ct))
        {
            TempData.Error(ReferentAssignments.ChangedMeanwhileMessage);
            return RedirectToAction(nameof(Proposal), new { reattribuer = form.ReassignAll });
        }

        var students = agreements.Values.Select(a => a.StudentId).Distinct().Count();
        TempData.Success($"Professeurs référents attribués : {students} élève(s), {changes.Count} convention(s).");
        return RedirectToAction(nameof(ReferentsController.Index), "Referents");
    }
}
