using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.School;

/// <summary>The school's settings, its school years and the observation period.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("etablissement")]
public sealed class SchoolController(
    AppDbContext db,
    ICurrentUser currentUser,
    TimeProvider clock,
    IValidator<SchoolForm> schoolValidator,
    IValidator<ObservationPeriodForm> periodValidator,
    UserManager<ApplicationUser> userManager,
    SignInManager<ApplicationUser> signInManager) : Controller
{
    private const string ConcurrencyMessage =
        "Quelqu'un d'autre a modifié ces informations pendant que vous les modifiiez. Vos saisies sont conservées ci-dessous : " +
        "vérifiez-les puis enregistrez de nouveau, ou rechargez la page pour voir la version actuelle.";

    /// <summary>The Administration policy requires the school claim: it is always there.</summary>
    private int SchoolId => currentUser.SchoolId ?? throw new InvalidOperationException("Aucun établissement pour l'utilisateur connecté.");

    // ---- Settings ----

    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken ct)
    {
        var schoolId = SchoolId;
        var school = await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == schoolId, ct);
        return school is null ? NotFound() : View(await FormModelAsync(SchoolForm.From(school), ct));
    }

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([Bind(Prefix = FormModel.Prefix)] SchoolForm form, CancellationToken ct)
    {
        var schoolId = SchoolId;
        var school = await db.Schools.FirstOrDefaultAsync(s => s.Id == schoolId, ct);
        if (school is null) return NotFound();
        if (!await IsValidAsync(form, schoolId, ct)) return View(await FormModelAsync(form, ct));

        var renamed = school.Name != form.Name!.Trim();
        form.ApplyTo(school);
        db.SetOriginalVersion(school, form.Version);
        if (!await TrySaveAsync(FormModel.Field(nameof(SchoolForm.Uai)), "Cet UAI vient d'être enregistré pour un autre établissement.", ct))
            return View(await FormModelAsync(form, ct));

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

    // ---- School year and observation period ----

    [HttpGet("annee-scolaire")]
    public async Task<IActionResult> Year(CancellationToken ct) =>
        View(await SchoolYearPageModel.LoadAsync(db, clock.TodayInParis(), ct));

    [HttpPost("annee-scolaire/{id:int}/periode"), ValidateAntiForgeryToken]
    public async Task<IActionResult> ChangePeriod(int id, [Bind(Prefix = FormModel.Prefix)] ObservationPeriodForm form, CancellationToken ct)
    {
        var year = await db.SchoolYears.FirstOrDefaultAsync(y => y.Id == id, ct);
        if (year is null) return NotFound();
        if (!(await periodValidator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return await RedisplayYearAsync(form, ct);
        if (!year.IsCurrent)
        {
            ModelState.AddModelError("", $"L'année scolaire {year.Label} n'est plus l'année en cours : seule la période de l'année en cours se modifie ici.");
            return await RedisplayYearAsync(form, ct);
        }

        try
        {
            year.ChangeObservationPeriod(form.Start!.Value, form.End!.Value);
        }
        catch (DomainException e)
        {
            // A wrong length is the last day's fault; anything else (not a Monday, outside the school year) the first day's.
            var wrongLength = form.Start!.Value.DayOfWeek == DayOfWeek.Monday && form.End!.Value != form.Start.Value.AddDays(11);
            ModelState.AddModelError(FormModel.Field(wrongLength ? nameof(ObservationPeriodForm.End) : nameof(ObservationPeriodForm.Start)), e.Message);
            return await RedisplayYearAsync(form, ct);
        }
        db.SetOriginalVersion(year, form.Version);
        if (!await TrySaveAsync("", "Cette période vient d'être modifiée par ailleurs.", ct)) return await RedisplayYearAsync(form, ct);

        TempData.Success($"Période d'observation {year.Label} enregistrée : du {year.ObservationStart.FormatFrench()} au {year.ObservationEnd.FormatFrench()}.");
        return RedirectToAction(nameof(Year));
    }

    [HttpPost("annee-scolaire/{id:int}/periode-par-defaut"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RestoreDefaultPeriod(int id, int version, CancellationToken ct)
    {
        var year = await db.SchoolYears.FirstOrDefaultAsync(y => y.Id == id, ct);
        if (year is null) return NotFound();

        year.RestoreDefaultObservationPeriod();
        db.SetOriginalVersion(year, version);
        try
        {
            await db.SaveChangesAsync(ct);
            TempData.Success($"Période par défaut rétablie pour {year.Label} : du {year.ObservationStart.FormatFrench()} au {year.ObservationEnd.FormatFrench()}.");
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Error("La période venait d'être modifiée par ailleurs : vérifiez-la ci-dessous, puis recommencez si besoin.");
        }
        return RedirectToAction(nameof(Year));
    }

    [HttpPost("annee-scolaire/suivante"), ValidateAntiForgeryToken]
    public async Task<IActionResult> CreateNextYear(CancellationToken ct)
    {
        var years = await db.SchoolYears.OrderByDescending(y => y.StartYear).ToListAsync(ct);
        var basis = years.FirstOrDefault(y => y.IsCurrent) ?? years.FirstOrDefault();
        if (basis is null)
        {
            TempData.Error("Aucune année scolaire n'existe encore : créez d'abord l'année en cours.");
            return RedirectToAction(nameof(Year));
        }
        if (years.Any(y => y.StartYear == basis.StartYear + 1))
        {
            TempData.Error($"L'année scolaire {basis.StartYear + 1}-{basis.StartYear + 2} existe déjà.");
            return RedirectToAction(nameof(Year));
        }

        var next = basis.StartNext();
        foreach (var other in years.Where(y => y.IsCurrent)) other.IsCurrent = false;
        db.SchoolYears.Add(next);
        if (!await TrySaveYearAsync(next, ct)) return RedirectToAction(nameof(Year));

        TempData.Success($"Année scolaire {next.Label} créée avec la période par défaut, du {next.ObservationStart.FormatFrench()} " +
                         $"au {next.ObservationEnd.FormatFrench()} : c'est désormais l'année en cours.");
        return RedirectToAction(nameof(Year));
    }

    [HttpPost("annee-scolaire/creer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> CreateCurrentYear(CancellationToken ct)
    {
        if (await db.SchoolYears.AnyAsync(ct))
        {
            TempData.Error("Une année scolaire existe déjà : ouvrez plutôt l'année suivante.");
            return RedirectToAction(nameof(Year));
        }
        var year = SchoolYear.Create(SchoolId, SchoolYear.StartYearOn(clock.TodayInParis()));
        db.SchoolYears.Add(year);
        if (!await TrySaveYearAsync(year, ct)) return RedirectToAction(nameof(Year));

        TempData.Success($"Année scolaire {year.Label} créée, période d'observation du {year.ObservationStart.FormatFrench()} au {year.ObservationEnd.FormatFrench()}.");
        return RedirectToAction(nameof(Year));
    }

    private async Task<SchoolFormModel> FormModelAsync(SchoolForm form, CancellationToken ct)
    {
        var current = await db.SchoolYears.AsNoTracking().Current()
            .Select(y => new SchoolYearRow(y.Id, y.StartYear, y.ObservationStart, y.ObservationEnd, y.IsCurrent, y.Version))
            .FirstOrDefaultAsync(ct);
        return new SchoolFormModel(form, current);
    }

    private async Task<IActionResult> RedisplayYearAsync(ObservationPeriodForm form, CancellationToken ct)
    {
        var model = await SchoolYearPageModel.LoadAsync(db, clock.TodayInParis(), ct);
        return View(nameof(Year), model with { Form = form });
    }

    /// <summary>The form's rules, then the UAI's uniqueness across the schools of the application.</summary>
    private async Task<bool> IsValidAsync(SchoolForm form, int schoolId, CancellationToken ct)
    {
        if (!(await schoolValidator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return false;
        var uai = form.NormalizedUai;
        if (!await db.Schools.AnyAsync(s => s.Uai == uai && s.Id != schoolId, ct)) return true;
        ModelState.AddModelError(FormModel.Field(nameof(SchoolForm.Uai)), "Cet UAI est déjà celui d'un autre établissement inscrit à StageSeconde.");
        return false;
    }

    /// <summary>Saves; a concurrent edit re-displays the form with the user's input, a unique index hit puts <paramref name="duplicateMessage"/> on <paramref name="duplicateField"/>.</summary>
    private async Task<bool> TrySaveAsync(string duplicateField, string duplicateMessage, CancellationToken ct)
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
        catch (DbUpdateException)
        {
            ModelState.AddModelError(duplicateField, duplicateMessage);
            return false;
        }
    }

    /// <summary>Saves a new school year; the unique (school, start year) index catches one created at the same moment.</summary>
    private async Task<bool> TrySaveYearAsync(SchoolYear year, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            TempData.Error($"L'année scolaire {year.Label} vient d'être créée par ailleurs.");
            return false;
        }
    }
}
