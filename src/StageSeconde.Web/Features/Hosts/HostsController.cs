using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Hosts;

/// <summary>Structures d'accueil and their tutors.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
[Route("structures")]
public sealed class HostsController(AppDbContext db, IValidator<HostForm> hostValidator, IValidator<TutorForm> tutorValidator) : Controller
{
    private const string DuplicateSiretMessage = "Ce SIRET vient d'être enregistré par ailleurs : il existe déjà dans l'établissement.";


    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] HostListQuery query, CancellationToken ct) =>
        View(await HostList.LoadAsync(db, query, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await HostDetailsModel.LoadAsync(db, id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("nouvelle"), Authorize(Policy = Policies.ManageHosts)]
    public IActionResult Create() => View("Form", new HostFormModel(null, new HostForm { Kind = HostKind.Company }));

    [HttpPost("nouvelle"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageHosts)]
    public async Task<IActionResult> Create([Bind(Prefix = FormModel.Prefix)] HostForm form, CancellationToken ct)
    {
        if (!await IsValidAsync(form, hostId: null, ct)) return View("Form", new HostFormModel(null, form));

        var host = new HostOrganisation();
        form.ApplyTo(host);
        db.HostOrganisations.Add(host);
        if (!await db.TrySaveAsync(ModelState, form, ct, duplicateField: nameof(HostForm.Siret), duplicateMessage: DuplicateSiretMessage)) return View("Form", new HostFormModel(null, form));

        TempData.Success($"Structure « {host.Name} » créée. Ajoutez maintenant son ou ses tuteurs.");
        return RedirectToAction(nameof(Details), new { id = host.Id });
    }

    [HttpGet("{id:int}/modifier"), Authorize(Policy = Policies.ManageHosts)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var host = await db.HostOrganisations.AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, ct);
        return host is null ? NotFound() : View("Form", new HostFormModel(id, HostForm.From(host)));
    }

    [HttpPost("{id:int}/modifier"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageHosts)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormModel.Prefix)] HostForm form, CancellationToken ct)
    {
        var host = await db.HostOrganisations.FirstOrDefaultAsync(h => h.Id == id, ct);
        if (host is null) return NotFound();
        if (!await IsValidAsync(form, id, ct)) return View("Form", new HostFormModel(id, form));

        form.ApplyTo(host);
        db.SetOriginalVersion(host, form.Version);
        if (!await db.TrySaveAsync(ModelState, form, ct, duplicateField: nameof(HostForm.Siret), duplicateMessage: DuplicateSiretMessage)) return View("Form", new HostFormModel(id, form));

        TempData.Success("Structure enregistrée.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}/supprimer"), Authorize(Policy = Policies.ManageHosts)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var model = await HostDetailsModel.LoadAsync(db, id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/supprimer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageHosts)]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        var host = await db.HostOrganisations.FirstOrDefaultAsync(h => h.Id == id, ct);
        if (host is null) return NotFound();
        if (await db.Agreements.AnyAsync(a => a.HostOrganisationId == id, ct))
        {
            TempData.Error($"« {host.Name} » figure dans des conventions : elle ne peut pas être supprimée. Archivez-la plutôt.");
            return RedirectToAction(nameof(Details), new { id });
        }

        db.HostOrganisations.Remove(host);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Structure « {host.Name} » supprimée avec ses tuteurs.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/archiver"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageHosts)]
    public async Task<IActionResult> Archive(int id, bool archived, CancellationToken ct)
    {
        var host = await db.HostOrganisations.FirstOrDefaultAsync(h => h.Id == id, ct);
        if (host is null) return NotFound();

        host.IsArchived = archived;
        await db.SaveChangesAsync(ct);
        TempData.Success(archived ? "Structure archivée : elle n'est plus proposée pour de nouvelles conventions." : "Structure réactivée.");
        return RedirectToAction(nameof(Details), new { id });
    }

    // ---- Tutors ----

    [HttpGet("{hostId:int}/tuteurs/nouveau"), Authorize(Policy = Policies.ManageHosts)]
    public async Task<IActionResult> CreateTutor(int hostId, CancellationToken ct)
    {
        var hostName = await HostNameAsync(hostId, ct);
        return hostName is null ? NotFound() : View("TutorForm", new TutorFormModel(hostId, hostName, null, new TutorForm()));
    }

    [HttpPost("{hostId:int}/tuteurs/nouveau"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageHosts)]
    public async Task<IActionResult> CreateTutor(int hostId, [Bind(Prefix = FormModel.Prefix)] TutorForm form, CancellationToken ct)
    {
        var hostName = await HostNameAsync(hostId, ct);
        if (hostName is null) return NotFound();
        if (!(await tutorValidator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return View("TutorForm", new TutorFormModel(hostId, hostName, null, form));

        var tutor = new Tutor { HostOrganisationId = hostId };
        form.ApplyTo(tutor);
        db.Tutors.Add(tutor);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Tuteur {tutor.FullName} ajouté.");
        return RedirectToAction(nameof(Details), new { id = hostId });
    }

    [HttpGet("tuteurs/{id:int}/modifier"), Authorize(Policy = Policies.ManageHosts)]
    public async Task<IActionResult> EditTutor(int id, CancellationToken ct)
    {
        var tutor = await db.Tutors.AsNoTracking().Include(t => t.HostOrganisation).FirstOrDefaultAsync(t => t.Id == id, ct);
        return tutor is null ? NotFound() : View("TutorForm", new TutorFormModel(tutor.HostOrganisationId, tutor.HostOrganisation!.Name, id, TutorForm.From(tutor)));
    }

    [HttpPost("tuteurs/{id:int}/modifier"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageHosts)]
    public async Task<IActionResult> EditTutor(int id, [Bind(Prefix = FormModel.Prefix)] TutorForm form, CancellationToken ct)
    {
        var tutor = await db.Tutors.Include(t => t.HostOrganisation).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tutor is null) return NotFound();
        var model = new TutorFormModel(tutor.HostOrganisationId, tutor.HostOrganisation!.Name, id, form);
        if (!(await tutorValidator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return View("TutorForm", model);

        form.ApplyTo(tutor);
        db.SetOriginalVersion(tutor, form.Version);
        if (!await db.TrySaveAsync(ModelState, form, ct)) return View("TutorForm", model);
        TempData.Success("Tuteur enregistré.");
        return RedirectToAction(nameof(Details), new { id = tutor.HostOrganisationId });
    }

    [HttpPost("tuteurs/{id:int}/supprimer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageHosts)]
    public async Task<IActionResult> DeleteTutor(int id, CancellationToken ct)
    {
        var tutor = await db.Tutors.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tutor is null) return NotFound();
        if (await db.Agreements.AnyAsync(a => a.TutorId == id, ct))
        {
            TempData.Error($"{tutor.FullName} est tuteur dans des conventions : sa fiche est conservée.");
            return RedirectToAction(nameof(Details), new { id = tutor.HostOrganisationId });
        }

        db.Tutors.Remove(tutor);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Tuteur {tutor.FullName} supprimé.");
        return RedirectToAction(nameof(Details), new { id = tutor.HostOrganisationId });
    }

    private Task<string?> HostNameAsync(int hostId, CancellationToken ct) =>
        db.HostOrganisations.Where(h => h.Id == hostId).Select(h => h.Name).FirstOrDefaultAsync(ct);

    /// <summary>The form's rules, then the SIRET's uniqueness in the school (with a link to the record that has it).</summary>
    private async Task<bool> IsValidAsync(HostForm form, int? hostId, CancellationToken ct)
    {
        if (!(await hostValidator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return false;
        var existing = await db.HostWithSiretAsync(form.Siret, hostId, ct);
        if (existing is null) return true;

        ModelState.AddModelError(FormModel.Field(nameof(HostForm.Siret)), $"Ce SIRET est déjà celui de « {existing.Name} ».");
        ViewData["ExistingHost"] = (existing.Id, existing.Name);
        return false;
    }

}

public sealed record HostFormModel(int? Id, HostForm Form);

public sealed record TutorFormModel(int HostId, string HostName, int? Id, TutorForm Form);
