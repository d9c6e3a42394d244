using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Referents;

/// <summary>Professeurs référents of the placed students: the list, and a referent assigned by hand to one student.</summary>
[Authorize(Policy = Policies.Direction)]
[Route("referents")]
public sealed class ReferentsController(AppDbContext db, IValidator<AssignReferentForm> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? classe, bool sansReferent = false, int page = 1, CancellationToken ct = default) =>
        View(await ReferentList.LoadAsync(db, classe, sansReferent, page, ct));

    [HttpPost("attribuer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Assign(AssignReferentForm form, CancellationToken ct)
    {
        var back = BackToList(form.ReturnUrl);
        var validation = await validator.ValidateAsync(form, ct);
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
            TempData.Error(ReferentAssignments.ChangedMeanwhileMessage);
            return back;
        }

        foreach (var agreement in agreements)
        {
            db.SetOriginalVersion(agreement, seen[agreement.Id]);
            agreement.AssignReferentTeacher(form.TeacherId);
        }
        if (!await ReferentAssignments.TrySaveAsync(db, ct))
        {
            TempData.Error(ReferentAssignments.ChangedMeanwhileMessage);
            return back;
        }

        var name = teachers.FirstOrDefault(t => t.StaffId == form.TeacherId)?.Name;
        TempData.Success(name is null ? "Référent retiré." : $"{name} est désormais le professeur référent de l'élève.");
        return back;
    }

    /// <summary>Back to the list as the user filtered it (a local address under /referents only), or to the list.</summary>
    private IActionResult BackToList(string? returnUrl) =>
        returnUrl is not null && Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith(Url.Action(nameof(Index))!, StringComparison.Ordinal)
            ? LocalRedirect(returnUrl)
            : RedirectToAction(nameof(Index));
}
