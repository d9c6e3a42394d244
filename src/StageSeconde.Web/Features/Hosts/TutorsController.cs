using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Hosts;

/// <summary>The tutors of a structure d'accueil: add, edit, delete; each returns to the host's page.</summary>
[Authorize(Policy = Policies.SchoolStaff), Authorize(Policy = Policies.ManageHosts)]
[Route("structures")]
public sealed class TutorsController(AppDbContext db, IValidator<TutorForm> validator) : Controller
{
    private const string Hosts = "Hosts";

    [HttpGet("{hostId:int}/tuteurs/nouveau")]
    public async Task<IActionResult> CreateTutor(int hostId, CancellationToken ct)
    {
        var hostName = await db.HostOrganisations.Where(h => h.Id == hostId).Select(h => h.Name).FirstOrDefaultAsync(ct);
        return hostName is null ? NotFound() : View("TutorForm", new TutorFormModel(hostId, hostName, null, new TutorForm { RequestId = Guid.NewGuid() }));
    }

    [HttpPost("{hostId:int}/tuteurs/nouveau"), ValidateAntiForgeryToken]
    public async Task<IActionResult> CreateTutor(int hostId, [Bind(Prefix = FormModel.Prefix)] TutorForm form, CancellationToken ct)
    {
        var host = await db.HostOrganisations.FirstOrDefaultAsync(h => h.Id == hostId, ct);
        if (host is null) return NotFound();
        form.RequestId = CreationRequest.Sent(form.RequestId);
        if (form.RequestId is { } sent && await db.Tutors.CreatedByAsync(sent, ct) is not null) return AlreadyCreated(hostId);
        form.RequestId ??= Guid.NewGuid();
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return View("TutorForm", new TutorFormModel(hostId, host.Name, null, form));

        var tutor = form.AddTo(host);
        if (!await db.TrySaveAsync(ModelState, form, ct))
        {
            // The same form sent twice at once: the other request added the tutor.
            if (await db.Tutors.CreatedByAsync(form.RequestId.Value, ct) is not null) return AlreadyCreated(hostId);
            return View("TutorForm", new TutorFormModel(hostId, host.Name, null, form));
        }
        TempData.Success($"Tuteur {tutor.FullName} ajouté.");
        return RedirectToAction(nameof(HostsController.Details), Hosts, new { id = hostId });
    }

    [HttpGet("tuteurs/{id:int}/modifier")]
    public async Task<IActionResult> EditTutor(int id, CancellationToken ct)
    {
        var tutor = await db.Tutors.AsNoTracking().Include(t => t.HostOrganisation).FirstOrDefaultAsync(t => t.Id == id, ct);
        return tutor is null ? NotFound() : View("TutorForm", new TutorFormModel(tutor.HostOrganisationId, tutor.HostOrganisation!.Name, id, TutorForm.From(tutor)));
    }

    [HttpPost("tuteurs/{id:int}/modifier"), ValidateAntiForgeryToken]
    public async Task<IActionResult> EditTutor(int id, [Bind(Prefix = FormModel.Prefix)] TutorForm form, CancellationToken ct)
    {
        var tutor = await db.Tutors.Include(t => t.HostOrganisation).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tutor is null) return NotFound();
        var model = new TutorFormModel(tutor.HostOrganisationId, tutor.HostOrganisation!.Name, id, form);
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return View("TutorForm", model);

        form.ApplyTo(tutor);
        db.SetOriginalVersion(tutor, form.Version);
        if (!await db.TrySaveAsync(ModelState, form, ct)) return View("TutorForm", model);
        TempData.Success("Tuteur enregistré.");
        return RedirectToAction(nameof(HostsController.Details), Hosts, new { id = tutor.HostOrganisationId });
    }

    [HttpPost("tuteurs/{id:int}/supprimer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> DeleteTutor(int id, CancellationToken ct)
    {
        if (await db.DeleteUnlessInUseAsync<Tutor>(id, db.TutorInUseAsync, ct) is not { Record: var tutor } outcome) return NotFound();
        if (!outcome.Deleted)
        {
            TempData.Error($"{tutor.FullName} est tuteur dans des conventions : sa fiche est conservée.");
            return RedirectToAction(nameof(HostsController.Details), Hosts, new { id = tutor.HostOrganisationId });
        }

        TempData.Success($"Tuteur {tutor.FullName} supprimé.");
        return RedirectToAction(nameof(HostsController.Details), Hosts, new { id = tutor.HostOrganisationId });
    }

    private RedirectToActionResult AlreadyCreated(int hostId)
    {
        TempData.Info(CreationRequestQueries.AlreadyCreated);
        return RedirectToAction(nameof(HostsController.Details), Hosts, new { id = hostId });
    }
}
