using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.School;

/// <summary>The school's settings. Its school years and the observation period: <see cref="SchoolYearsController"/>.</summary>
[Authorize(Policy = Policies.SchoolSettings)]
[Route("etablissement")]
public sealed class SchoolController(
    AppDbContext db,
    ICurrentUser currentUser,
    IValidator<SchoolForm> validator,
    UserManager<ApplicationUser> userManager,
    SignInManager<ApplicationUser> signInManager) : Controller
{
    private const string ConcurrencyMessage =
        "Quelqu'un d'autre a modifié ces informations pendant que vous les modifiiez. Vos saisies sont conservées ci-dessous : " +
        "vérifiez-les puis enregistrez de nouveau, ou rechargez la page pour voir la version actuelle.";

    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken ct)
    {
        var school = await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == currentUser.SchoolId, ct);
        return school is null ? NotFound() : View(await FormModelAsync(SchoolForm.From(school), ct));
    }

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([Bind(Prefix = FormModel.Prefix)] SchoolForm form, CancellationToken ct)
    {
        var school = await db.Schools.FirstOrDefaultAsync(s => s.Id == currentUser.SchoolId, ct);
        if (school is null) return NotFound();
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return View(await FormModelAsync(form, ct));

        var renamed = school.Name != form.Name!.Trim();
        form.ApplyTo(school);
        db.SetOriginalVersion(school, form.Version);
        if (!await TrySaveAsync(ct)) return View(await FormModelAsync(form, ct));

        if (renamed && await userManager.GetUserAsync(User) is { } me)
        {
            // The school's name travels in the cookie: refresh the administrator's; the others see it at their next sign-in.
            await signInManager.RefreshSignInAsync(me);
        }
        TempData.Success(renamed
            ? "Paramètres de l'établissement enregistrés. Les autres personnels verront le nouveau nom à leur prochaine connexion."
            : "Paramètres de l'établissement enregistrés.");
        return RedirectToAction(nameof(Edit));
    }

    private async Task<SchoolFormModel> FormModelAsync(SchoolForm form, CancellationToken ct)
    {
        var current = await db.SchoolYears.AsNoTracking().Current()
            .Select(y => new SchoolYearRow(y.Id, y.StartYear, y.ObservationStart, y.ObservationEnd, y.IsCurrent, y.Version))
            .FirstOrDefaultAsync(ct);
        return new SchoolFormModel(form, current);
    }

    /// <summary>Saves; a concurrent edit re-displays the form with the user's input, a unique index hit is a UAI saved meanwhile.</summary>
    private async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", ConcurrencyMessage);
            return false;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            ModelState.AddModelError(FormModel.Field(nameof(SchoolForm.Uai)), "Cet UAI vient d'être enregistré pour un autre établissement.");
            return false;
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("", SafeSave.RefusedMessage);
            return false;
        }
    }
}
