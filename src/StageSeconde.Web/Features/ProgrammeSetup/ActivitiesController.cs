using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.ProgrammeSetup;

/// <summary>The catalogue of the in-school programme's activities, kept by the Direction.</summary>
[Authorize(Policy = Policies.ManageProgramme)]
[Route("programme/activites")]
public sealed class ActivitiesController(AppDbContext db, IValidator<ActivityForm> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool archivees = false, CancellationToken ct = default) =>
        View("Activities", await ActivityListModel.LoadAsync(db, archivees, ct));

    /// <summary>Adds the académie's activities the catalogue lacks (the whole list for an empty catalogue).</summary>
    [HttpPost("liste-academique"), ValidateAntiForgeryToken]
    public async Task<IActionResult> LoadAcademyList(CancellationToken ct)
    {
        var added = await AcademyCatalogue.AddMissingAsync(db, ct);
        await db.SaveChangesAsync(ct);
        if (added == 0) TempData.Info("Le catalogue contient déjà toutes les activités de la liste académique.");
        else TempData.Success($"Liste académique reprise : {added} activité(s) ajoutée(s). Relisez-les et adaptez-les à votre lycée.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("nouvelle")]
    public IActionResult Create() => View("ActivityForm", new ActivityFormPage(null, new ActivityForm()));

    [HttpPost("nouvelle"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([Bind(Prefix = FormModel.Prefix)] ActivityForm form, CancellationToken ct)
    {
        var page = new ActivityFormPage(null, form);
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return View("ActivityForm", page);
        try
        {
            db.ProgrammeActivities.Add(form.ToActivity());
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View("ActivityForm", page);
        }
        if (!await db.TrySaveAsync(ModelState, form, ct)) return View("ActivityForm", page);

        TempData.Success($"Activité « {form.Name!.Trim()} » ajoutée au catalogue.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/modifier")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var activity = await db.ProgrammeActivities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        return activity is null ? NotFound() : View("ActivityForm", new ActivityFormPage(id, ActivityForm.From(activity)));
    }

    [HttpPost("{id:int}/modifier"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormModel.Prefix)] ActivityForm form, CancellationToken ct)
    {
        var activity = await db.ProgrammeActivities.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null) return NotFound();
        var page = new ActivityFormPage(id, form);
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return View("ActivityForm", page);
        try
        {
            form.ApplyTo(activity);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View("ActivityForm", page);
        }
        db.SetOriginalVersion(activity, form.Version);
        if (!await db.TrySaveAsync(ModelState, form, ct)) return View("ActivityForm", page);

        TempData.Success($"Activité « {activity.Name} » enregistrée.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/archiver"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Archive(int id, bool archived, int version, CancellationToken ct)
    {
        var outcome = await db.SetArchivedAsync<ProgrammeActivity>(id, archived, version, ct);
        if (outcome is null) return NotFound();

        TempData.Report(outcome, archived
            ? $"Activité « {outcome.Record.Name} » archivée : elle n'est plus proposée dans les emplois du temps."
            : $"Activité « {outcome.Record.Name} » rétablie dans le catalogue.");
        return RedirectToAction(nameof(Index));
    }
}

/// <summary>The activity form page: <paramref name="Id"/> is the activity edited (null for a new one).</summary>
public sealed record ActivityFormPage(int? Id, ActivityForm Form);
