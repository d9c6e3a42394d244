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

/// <summary>
/// The school's years: the first one, the next one (the only current year), opened by the administrateur; and the current
/// year's observation period, changed by the administrateur or the direction (« the Direction confirms », issue 12).
/// </summary>
[Authorize(Policy = Policies.SchoolSettings)]
[Route("etablissement/annee-scolaire")]
public sealed class SchoolYearsController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock, IValidator<ObservationPeriodForm> validator,
    PeriodChange periodChange) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Year(CancellationToken ct) =>
        View(await SchoolYearPageModel.LoadAsync(db, clock.TodayInParis(), ct));

    /// <summary>
    /// Changes the current year's period. When conventions or programme half-days are on the old dates, it first shows what
    /// the change does to each (<see cref="PeriodChangePlan"/>); the confirmed form applies it all in one transaction.
    /// </summary>
    [HttpPost("{id:int}/periode"), ValidateAntiForgeryToken]
    public Task<IActionResult> ChangePeriod(int id, [Bind(Prefix = FormModel.Prefix)] ObservationPeriodForm form, CancellationToken ct) =>
        ChangeAsync(id, form, ct);

    /// <summary>Back to the default period: the same change as any other, with its confirmation when conventions move.</summary>
    [HttpPost("{id:int}/periode-par-defaut"), ValidateAntiForgeryToken]
    public async Task<IActionResult> RestoreDefaultPeriod(int id, int version, CancellationToken ct)
    {
        var startYear = await db.SchoolYears.Where(y => y.Id == id).Select(y => (int?)y.StartYear).FirstOrDefaultAsync(ct);
        if (startYear is null) return NotFound();
        var (start, end) = SchoolYear.DefaultObservationPeriod(startYear.Value);
        return await ChangeAsync(id, new ObservationPeriodForm { Version = version, Start = start, End = end }, ct);
    }

    private async Task<IActionResult> ChangeAsync(int id, ObservationPeriodForm form, CancellationToken ct)
    {
        var year = await db.SchoolYears.FirstOrDefaultAsync(y => y.Id == id, ct);
        if (year is null) return NotFound();
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return await RedisplayAsync(form, ct);

        var (oldStart, oldEnd) = (year.ObservationStart, year.ObservationEnd);
        try
        {
            year.ChangeObservationPeriod(form.Start!.Value, form.End!.Value);
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e);
            return await RedisplayAsync(form, ct);
        }
        if (year.Version != form.Version)
        {
            form.Version = year.Version;
            ModelState.AddModelError("", SafeSave.ConcurrencyMessage);
            return await RedisplayAsync(form, ct);
        }

        var plan = await PeriodChangePlan.LoadAsync(db, year.Id, oldStart, oldEnd, year.ObservationStart, year.ObservationEnd, ct);
        if (plan.Blocker is not null)
        {
            ModelState.AddModelError(FormModel.Field(nameof(ObservationPeriodForm.Start)), plan.Blocker);
            return await RedisplayAsync(form, ct);
        }
        if (!plan.IsEmpty && (!form.Confirmed || form.Listed != plan.Agreements.Count))
        {
            if (form.Confirmed) ModelState.AddModelError("", "La liste des conventions concernées a changé depuis votre lecture : vérifiez-la ci-dessous avant de confirmer.");
            return View("ConfirmPeriod", new PeriodChangePage(year.Id, year.Label, plan, form));
        }

        db.SetOriginalVersion(year, form.Version);
        int backToValidation;
        try
        {
            backToValidation = await periodChange.ApplyAsync(year, oldStart, oldEnd, currentUser.Actor, clock.GetUtcNow(), ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", SafeSave.ConcurrencyMessage);
            form.Version = (await db.SchoolYears.AsNoTracking().FirstAsync(y => y.Id == id, ct)).Version;
            return await RedisplayAsync(form, ct);
        }

        var moved = plan.Agreements.Count switch
        {
            0 => "",
            1 => " 1 convention a été déplacée",
            var n => $" {n} conventions ont été déplacées",
        };
        if (moved.Length > 0) moved += backToValidation > 0 ? $", dont {backToValidation} à valider de nouveau." : ".";
        if (plan.Slots > 0) moved += $" {plan.Slots} demi-journée(s) du programme au lycée ont suivi.";
        TempData.Success($"Période d'observation {year.Label} enregistrée : du {year.ObservationStart.FormatFrench()} au {year.ObservationEnd.FormatFrench()}.{moved}");
        return RedirectToAction(nameof(Year));
    }

    /// <summary>
    /// Opens the year after the current one: it becomes the only current year, with the default period; the classes are not
    /// carried over (archived with their pupils, the new year's SIECLE import brings its own); the previous year stays
    /// readable but frozen (<see cref="PastYearGuard"/>).
    /// </summary>
    [HttpPost("suivante"), ValidateAntiForgeryToken, Authorize(Policy = Policies.Administration)]
    public async Task<IActionResult> CreateNextYear(CancellationToken ct) =>
        await CreateAsync(years => SchoolYear.OpenNext(years), year =>
            $"Année scolaire {year.Label} créée avec la période par défaut, du {year.ObservationStart.FormatFrench()} " +
            $"au {year.ObservationEnd.FormatFrench()} : c'est désormais l'année en cours. L'année précédente reste consultable mais ne se modifie plus ; " +
            "ses classes sont archivées : importez l'export SIECLE de la nouvelle année pour retrouver les classes de seconde.", ct, archiveClasses: true);

    /// <summary>The school's first year: the one today falls in.</summary>
    [HttpPost("creer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.Administration)]
    public async Task<IActionResult> CreateCurrentYear(CancellationToken ct) =>
        await CreateAsync(years => SchoolYear.CreateFirst(currentUser.SchoolId!.Value, clock.TodayInParis(), years), year =>
            $"Année scolaire {year.Label} créée, période d'observation du {year.ObservationStart.FormatFrench()} au {year.ObservationEnd.FormatFrench()}.", ct);

    /// <summary>Creates a year by the domain's rule; the unique (school, start year) index catches one created at the same moment.</summary>
    private async Task<IActionResult> CreateAsync(Func<IReadOnlyCollection<SchoolYear>, SchoolYear> create, Func<SchoolYear, string> success, CancellationToken ct,
        bool archiveClasses = false)
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
        if (archiveClasses)
            foreach (var schoolClass in await db.Classes.Where(c => !c.IsArchived).ToListAsync(ct)) schoolClass.Archive();
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
