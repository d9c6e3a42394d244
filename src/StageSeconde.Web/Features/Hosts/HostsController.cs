using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Hosts;

/// <summary>Structures d'accueil: list, details, create, edit, archive, delete. Their tutors: <see cref="TutorsController"/>.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
[Route("structures")]
public sealed class HostsController(AppDbContext db, IValidator<HostFormModel> validator) : Controller
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
    public IActionResult Create() => View("Form", new HostFormModel(null, new HostForm { Kind = HostKind.Company, RequestId = Guid.NewGuid() }));

    [HttpPost("nouvelle"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageHosts)]
    public async Task<IActionResult> Create([Bind(Prefix = FormModel.Prefix)] HostForm form, CancellationToken ct)
    {
        form.RequestId = CreationRequest.Sent(form.RequestId);
        if (form.RequestId is { } sent && await db.HostOrganisations.CreatedByAsync(sent, ct) is { } already) return AlreadyCreated(already);
        form.RequestId ??= Guid.NewGuid();
        var model = new HostFormModel(null, form);
        if (!ExistingRecord.AddTo(await validator.ValidateAsync(model, ct), ModelState, ViewData)) return View("Form", model);

        var host = form.ToHost();
        db.HostOrganisations.Add(host);
        if (!await db.TrySaveAsync(ModelState, form, ct, duplicateField: nameof(HostForm.Siret), duplicateMessage: DuplicateSiretMessage))
        {
            // The same form sent twice at once: the other request created the host.
            if (await db.HostOrganisations.CreatedByAsync(form.RequestId.Value, ct) is { } raced) return AlreadyCreated(raced);
            return View("Form", model);
        }

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
        var model = new HostFormModel(id, form);
        if (!ExistingRecord.AddTo(await validator.ValidateAsync(model, ct), ModelState, ViewData)) return View("Form", model);

        form.ApplyTo(host);
        db.SetOriginalVersion(host, form.Version);
        if (!await db.TrySaveAsync(ModelState, form, ct, duplicateField: nameof(HostForm.Siret), duplicateMessage: DuplicateSiretMessage)) return View("Form", model);

        TempData.Success("Structure enregistrée.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/archiver"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageHosts)]
    public async Task<IActionResult> Archive(int id, bool archived, int version, CancellationToken ct)
    {
        var outcome = await db.SetArchivedAsync<HostOrganisation>(id, archived, version, ct);
        if (outcome is null) return NotFound();

        TempData.Report(outcome, archived ? "Structure archivée : elle n'est plus proposée pour de nouvelles conventions." : "Structure réactivée.");
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
        if (await db.DeleteUnlessInUseAsync<HostOrganisation>(id, db.HostInUseAsync, ct) is not { Record: var host } outcome) return NotFound();
        if (!outcome.Deleted)
        {
            TempData.Error($"« {host.Name} » figure dans des conventions : elle ne peut pas être supprimée. Archivez-la plutôt.");
            return RedirectToAction(nameof(Details), new { id });
        }

        TempData.Success($"Structure « {host.Name} » supprimée avec ses tuteurs.");
        return RedirectToAction(nameof(Index));
    }

    private RedirectToActionResult AlreadyCreated(int id)
    {
        TempData.Info(CreationRequestQueries.AlreadyCreated);
        return RedirectToAction(nameof(Details), new { id });
    }
}
