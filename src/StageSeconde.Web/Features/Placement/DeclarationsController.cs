using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Students;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Placement;

/// <summary>
/// The declarations about a student's situation (search notes, SNU, mobility, exemption, in-school programme).
/// A professeur principal declares for the students of their classes only; the direction and the secrétariat for all.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class DeclarationsController(AppDbContext db, ICurrentUser currentUser, IValidator<DeclarationForm> validator, TimeProvider clock) : Controller
{
    [HttpGet("eleves/{studentId:int}/situation"), Authorize(Policy = Policies.DeclarePlacement)]
    public async Task<IActionResult> Declare(int studentId, string? returnUrl, CancellationToken ct)
    {
        var student = await StudentSituationDetails.LoadAsync(db, studentId, ct);
        if (student is null) return NotFound();
        if (!await db.MayDeclareForClassAsync(currentUser, student.ClassId, ct)) return Forbid();
        return View(new DeclareModel(student, new DeclarationForm { Kind = DeclarationKind.Searching }, LocalOrNull(returnUrl)));
    }

    [HttpPost("eleves/{studentId:int}/situation"), ValidateAntiForgeryToken, Authorize(Policy = Policies.DeclarePlacement)]
    public async Task<IActionResult> Declare(int studentId, [Bind(Prefix = FormModel.Prefix)] DeclarationForm form, string? returnUrl, CancellationToken ct)
    {
        var student = await db.Students.FirstOrDefaultAsync(s => s.Id == studentId, ct);
        if (student is null) return NotFound();
        if (!await db.MayDeclareForClassAsync(currentUser, student.SchoolClassId, ct)) return Forbid();
        returnUrl = LocalOrNull(returnUrl);

        if ((await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix))
        {
            try
            {
                var by = currentUser.Actor;
                db.PlacementDeclarations.Add(PlacementDeclaration.Declare(student, form.Kind!.Value, form.Note, by, clock.GetUtcNow()));
                await db.SaveChangesAsync(ct);
                TempData.Success(form.Kind == DeclarationKind.Searching
                    ? $"Note de recherche enregistrée pour {student.FullName}."
                    : $"Situation déclarée pour {student.FullName} : {form.Kind.Value.Label()}.");
                return returnUrl is not null
                    ? LocalRedirect(returnUrl)
                    : RedirectToAction(nameof(StudentsController.Details), "Students", new { id = studentId }, "situation");
            }
            catch (DomainException e)
            {
                ModelState.AddDomainError(e);
            }
        }

        var details = await StudentSituationDetails.LoadAsync(db, studentId, ct);
        return View(new DeclareModel(details!, form, returnUrl));
    }

    /// <summary>A return address only when it is of this site (no open redirect).</summary>
    private string? LocalOrNull(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
