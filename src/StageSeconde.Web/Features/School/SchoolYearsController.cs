using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.School;

/// <summary>The school's years: the first one, the next one (the only current year), and the current year's observation period.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("etablissement/annee-scolaire")]
public sealed class SchoolYearsController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock, IValidator<ObservationPeriodForm> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Year(CancellationToken ct) =>
        View(await SchoolYearPageModel.LoadAsync(db, clock.TodayInParis(), ct));

    [HttpPost("{id:int}/periode"), ValidateAntiForgeryToken]
    public async Task<IActionResult> ChangePeriod(int id, [Bind(Prefix = FormModel.Prefix)] ObservationPeriodForm form, CancellationToken ct)
    {
        var year = await db.SchoolYears.FirstOrDefaultAsync(y => y.Id == id, ct);
        if (year is null) return NotFound();
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return await RedisplayAsync(form, ct);
        if (!year.IsCurrent)
        {
            ModelState.AddModelError("", $"L'année scolaire {year.Label} n'est plus l'année en cours : seule la période de l'année en cours se modifie ici.");
            return await RedisplayAsync(form, ct);
        }

        try
        {
            year.ChangeObservationPeriod(form.Start!.Value, form.End!.Value);
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e);
            return await RedisplayAsync(form, ct);
        }
        db.SetOriginalVersion(year, form.Version);
        if (!await db.TrySaveAsync(ModelState, form, ct)) return await RedisplayAsync(form, ct);

        TempData.Success($"Période d'observation {year.Label} enregistrée : du {year.ObservationStart.FormatFrench()} au {year.ObservationEnd.FormatFrench()}.");
        return RedirectToAction(nameof(Year));
    }

    [HttpPost("{id:int}/periode-par-defaut"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RestoreDefaultPeriod(int id, int version, CancellationToken ct)
    {
        var year = await db.SchoolYears.FirstOrDefaultAsync(y => y.Id == id, ct);
        if (year is null) return NotFound();

        year.RestoreDefaultObservationPeriod();
        db.SetOriginalVersion(year, version);
        if (await db.TrySaveAsync(ModelState, form: null, ct))
            TempData.Success($"Période par défaut rétablie pour {year.Label} : du {year.ObservationStart.FormatFrench()} au {year.ObservationEnd.FormatFrench()}.");
        else
            TempData.Error("La période venait d'être modifiée par ailleurs : vérifiez-la ci-dessous, puis recommencez si besoin.");
        return RedirectToAction(nameof(Year));
    }

    /// <summary>Opens the year after the current one: it becomes the only current year.</summary>
    [HttpPost("suivante"), ValidateAntiForgeryToken]
    public async Task<IActionResult> CreateNextYear(CancellationToken ct) =>
        await CreateAsync(years => SchoolYear.OpenNext(years), year =>
            $"Année scolaire {year.Label} créée avec la période par défaut, du {year.ObservationStart.FormatFrench()} " +
            $"au {year.ObservationEnd.FormatFrench()} : c'est désormais l'année en cours.", ct);

    /// <summary>The school's first year: the one today falls in.</summary>
    [HttpPost("creer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> CreateCurrentYear(CancellationToken ct) =>
        await CreateAsync(years => SchoolYear.CreateFirst(currentUser.SchoolId!.Value, clock.TodayInParis(), years), year =>
            $"Année scolaire {year.Label} créée, période d'observation du {year.ObservationStart.FormatFrench()} au {year.ObservationEnd.FormatFrench()}.", ct);

    /// <summary>Creates a year by the domain's rule; the unique (school, start year) index catches one created at the same moment.</summary>
    private async Task<IActionResult> CreateAsync(Func<IReadOnlyCollection<SchoolYear>, SchoolYear> create, Func<SchoolYear, string> success, CancellationToken ct)
    {
        var years = await db.SchoolYears.ToListAsync(ct);
        SchoolYear year;
        try
        {
            year = create(years);
        }
        catch (DomainException e)
        {
            TempData.Error(e.Message);
            return RedirectToAction(nameof(Year));
        }

        db.SchoolYears.Add(year);
        if (await db.TrySaveAsync(ModelState, form: null, ct)) TempData.Success(success(year));
        else TempData.Error($"L'année scolaire {year.Label} vient d'être créée par ailleurs.");
        return RedirectToAction(nameof(Year));
    }

    private async Task<IActionResult> RedisplayAsync(ObservationPeriodForm form, CancellationToken ct)
    {
        var model = await SchoolYearPageModel.LoadAsync(db, clock.TodayInParis(), ct);
        return View(nameof(Year), model with { Form = form });
    }
}
