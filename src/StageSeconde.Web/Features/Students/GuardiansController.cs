using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Students;

/// <summary>A student's guardians: add, edit, delete; each returns to the student's page.</summary>
[Authorize(Policy = Policies.SchoolStaff), Authorize(Policy = Policies.ManageRecords)]
[Route("eleves")]
public sealed class GuardiansController(AppDbContext db, IValidator<GuardianForm> validator) : Controller
{
    private const string Students = "Students";

    [HttpGet("{studentId:int}/responsables/nouveau")]
    public async Task<IActionResult> CreateGuardian(int studentId, CancellationToken ct)
    {
        var studentName = await StudentNameAsync(studentId, ct);
        return studentName is null ? NotFound() : View("GuardianForm", new GuardianFormModel(studentId, studentName, null, new GuardianForm { RequestId = Guid.NewGuid() }));
    }

    [HttpPost("{studentId:int}/responsables/nouveau"), ValidateAntiForgeryToken]
    public async Task<IActionResult> CreateGuardian(int studentId, [Bind(Prefix = FormModel.Prefix)] GuardianForm form, CancellationToken ct)
    {
        var studentName = await StudentNameAsync(studentId, ct);
        if (studentName is null) return NotFound();
        form.RequestId = CreationRequest.Sent(form.RequestId);
        if (form.RequestId is { } sent && await db.Guardians.CreatedByAsync(sent, ct) is not null) return AlreadyCreated(studentId);
        form.RequestId ??= Guid.NewGuid();
        var model = new GuardianFormModel(studentId, studentName, null, form);
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return View("GuardianForm", model);

        var guardian = new Guardian { StudentId = studentId };
        form.ApplyTo(guardian);
        guardian.RecordCreationRequest(form.RequestId);
        db.Guardians.Add(guardian);
        if (!await db.TrySaveAsync(ModelState, form, ct))
        {
            if (await db.Guardians.CreatedByAsync(form.RequestId.Value, ct) is not null) return AlreadyCreated(studentId);
            return View("GuardianForm", model);
        }
        TempData.Success($"Responsable {guardian.FullName} ajouté(e).");
        return RedirectToAction(nameof(StudentsController.Details), Students, new { id = studentId });
    }

    [HttpGet("responsables/{id:int}/modifier")]
    public async Task<IActionResult> EditGuardian(int id, CancellationToken ct)
    {
        var guardian = await db.Guardians.AsNoTracking().Include(g => g.Student).FirstOrDefaultAsync(g => g.Id == id, ct);
        return guardian is null
            ? NotFound()
            : View("GuardianForm", new GuardianFormModel(guardian.StudentId, guardian.Student!.FullName, id, GuardianForm.From(guardian)));
    }

    [HttpPost("responsables/{id:int}/modifier"), ValidateAntiForgeryToken]
    public async Task<IActionResult> EditGuardian(int id, [Bind(Prefix = FormModel.Prefix)] GuardianForm form, CancellationToken ct)
    {
        var guardian = await db.Guardians.Include(g => g.Student).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (guardian is null) return NotFound();
        var model = new GuardianFormModel(guardian.StudentId, guardian.Student!.FullName, id, form);
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return View("GuardianForm", model);

        form.ApplyTo(guardian);
        db.SetOriginalVersion(guardian, form.Version);
        if (!await db.TrySaveAsync(ModelState, form, ct)) return View("GuardianForm", model);
        TempData.Success("Responsable enregistré(e).");
        return RedirectToAction(nameof(StudentsController.Details), Students, new { id = guardian.StudentId });
    }

    [HttpPost("responsables/{id:int}/supprimer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> DeleteGuardian(int id, CancellationToken ct)
    {
        if (await db.DeleteUnlessInUseAsync<Guardian>(id, db.GuardianInUseAsync, ct) is not { Record: var guardian } outcome) return NotFound();
        if (!outcome.Deleted)
        {
            TempData.Error($"{guardian.FullName} a signé une convention : sa fiche est conservée.");
            return RedirectToAction(nameof(StudentsController.Details), Students, new { id = guardian.StudentId });
        }

        TempData.Success($"Responsable {guardian.FullName} supprimé(e).");
        return RedirectToAction(nameof(StudentsController.Details), Students, new { id = guardian.StudentId });
    }

    private async Task<string?> StudentNameAsync(int studentId, CancellationToken ct)
    {
        var names = await db.Students.Where(s => s.Id == studentId).Select(s => new { s.LastName, s.FirstName }).FirstOrDefaultAsync(ct);
        return names is null ? null : PersonName.LastFirst(names.LastName, names.FirstName);
    }

    private RedirectToActionResult AlreadyCreated(int studentId)
    {
        TempData.Info(CreationRequestQueries.AlreadyCreated);
        return RedirectToAction(nameof(StudentsController.Details), Students, new { id = studentId });
    }
}
