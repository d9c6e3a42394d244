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
/// The declarations about a student's situation (search notes, SNU, mobility, exemption, in-school programme, withdrawals,
/// an STHR student's choice). A professeur principal declares for the students of their classes only; the direction and the
/// secrétariat for all. An exemption other than an STHR student's is the direction's alone.
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
        return View(new DeclareModel(student, new DeclarationForm { Kind = DeclarationKind.Searching }, LocalOrNull(returnUrl), ByDirection));
    }

    [HttpPost("eleves/{studentId:int}/situation"), ValidateAntiForgeryToken, Authorize(Policy = Policies.DeclarePlacement)]
    public async Task<IActionResult> Declare(int studentId, [Bind(Prefix = FormModel.Prefix)] DeclarationForm form, string? returnUrl, CancellationToken ct)
    {
        var student = await db.Students.FirstOrDefaultAsync(s => s.Id == studentId, ct);
        if (student is null) return NotFound();
        if (!await db.MayDeclareForClassAsync(currentUser, student.SchoolClassId, ct)) return Forbid();
        // The texts leave an exemption (other than an STHR student's) to the head of the school.
        if (form.Kind == DeclarationKind.Exempted && !student.IsSthr && !ByDirection) return Forbid();
        returnUrl = LocalOrNull(returnUrl);

        if ((await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix))
        {
            try
            {
                var context = await ContextAsync(studentId, ct);
                if (form.Kind == DeclarationKind.Withdrawal && form.Withdraws is { } withdrawn && !await InForceAsync(studentId, withdrawn, ct))
                    throw new DomainException($"Aucune déclaration « {withdrawn.Label()} » n'est en vigueur pour cet élève : rien à retirer.", nameof(DeclarationForm.Withdraws));
                db.PlacementDeclarations.Add(PlacementDeclaration.Declare(student, form.ToRequest(), currentUser.Actor, clock.GetUtcNow(), context));
                await db.SaveChangesAsync(ct);
                TempData.Success(form.Kind switch
                {
                    DeclarationKind.Searching => $"Note de recherche enregistrée pour {student.FullName}.",
                    DeclarationKind.Withdrawal => $"Solution retirée pour {student.FullName} : {form.Withdraws!.Value.Label()}.",
                    _ => $"Situation déclarée pour {student.FullName} : {form.Kind!.Value.Label()}.",
                });
                return returnUrl is not null
                    ? LocalRedirect(returnUrl)
                    : RedirectToAction(nameof(StudentsController.Details), "Students", new { id = studentId }, "situation");
            }
            catch (DomainException e)
            {
                ModelState.AddDomainError(new DomainException(e.Message, form.FieldOf(e.Field)));
            }
        }

        var details = await StudentSituationDetails.LoadAsync(db, studentId, ct);
        return View(new DeclareModel(details!, form, returnUrl, ByDirection));
    }

    private bool ByDirection => User.IsInRole(Roles.Direction);

    /// <summary>The current period and the student's signed conventions of the current year, which a declaration must not contradict.</summary>
    private async Task<DeclarationContext> ContextAsync(int studentId, CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return DeclarationContext.None with { ByDirection = ByDirection };
        var signed = await db.Agreements.AsNoTracking()
            .Where(a => a.StudentId == studentId && a.SchoolYearId == year.Id
                        && (a.State == AgreementState.Signed || a.State == AgreementState.Completed))
            .Select(a => new SignedConvention(a.HostOrganisation!.Name, a.Period, a.FirstDay, a.LastDay))
            .ToListAsync(ct);
        return new DeclarationContext(ObservationWeeks.Of(year), signed, ByDirection);
    }

    private async Task<bool> InForceAsync(int studentId, DeclarationKind kind, CancellationToken ct)
    {
        var facts = await db.PlacementDeclarations.AsNoTracking().Where(d => d.StudentId == studentId)
            .Select(d => new PlacementRules.DeclarationFact(d.Kind, d.DeclaredAt, d.StartsOn, d.EndsOn, d.Weeks, d.Withdraws))
            .ToListAsync(ct);
        return PlacementRules.InForce(facts).ContainsKey(kind);
    }

    /// <summary>A return address only when it is of this site (no open redirect).</summary>
    private string? LocalOrNull(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
