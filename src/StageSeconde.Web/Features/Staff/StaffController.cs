using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Staff;

/// <summary>Personnels of the school: the administrateur's home page.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
[Route("personnels")]
public sealed class StaffController(AppDbContext db, IValidator<StaffFormModel> validator) : Controller
{
    private const string DuplicateEmailMessage = "Cette adresse vient d'être enregistrée par ailleurs : elle existe déjà dans l'établissement.";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] StaffListQuery query, CancellationToken ct) =>
        View(await StaffList.LoadAsync(db, query, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await StaffDetailsModel.LoadAsync(db, id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("nouveau"), Authorize(Policy = Policies.ManageRecords)]
    public IActionResult Create() => View("Form", new StaffFormModel(null, new StaffForm(), HasAccount: false));

    [HttpPost("nouveau"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Create([Bind(Prefix = FormModel.Prefix)] StaffForm form, CancellationToken ct)
    {
        var model = new StaffFormModel(null, form, HasAccount: false);
        if (!ExistingRecord.AddTo(await validator.ValidateAsync(model, ct), ModelState, ViewData)) return View("Form", model);

        var staff = form.ToStaffMember();
        db.Staff.Add(staff);
        if (!await db.TrySaveAsync(ModelState, form, ct, duplicateField: nameof(StaffForm.Email), duplicateMessage: DuplicateEmailMessage)) return View("Form", model);

        TempData.Success($"{staff.FullName} ajouté(e) aux personnels.");
        return RedirectToAction(nameof(Details), new { id = staff.Id });
    }

    [HttpGet("{id:int}/modifier"), Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return staff is null ? NotFound() : View("Form", new StaffFormModel(id, StaffForm.From(staff), await HasAccountAsync(id, ct)));
    }

    [HttpPost("{id:int}/modifier"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormModel.Prefix)] StaffForm form, CancellationToken ct)
    {
        var staff = await db.Staff.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (staff is null) return NotFound();
        var model = new StaffFormModel(id, form, await HasAccountAsync(id, ct));
        if (!ExistingRecord.AddTo(await validator.ValidateAsync(model, ct), ModelState, ViewData)) return View("Form", model);

        form.ApplyTo(staff);
        db.SetOriginalVersion(staff, form.Version);
        if (!await db.TrySaveAsync(ModelState, form, ct, duplicateField: nameof(StaffForm.Email), duplicateMessage: DuplicateEmailMessage)) return View("Form", model);

        TempData.Success("Fiche du personnel enregistrée.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Confirmation page; for a referenced member (professeur principal, login), the explanation and the offer to archive.</summary>
    [HttpGet("{id:int}/supprimer"), Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var model = await StaffDetailsModel.LoadAsync(db, id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/supprimer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        if (await db.DeleteUnlessInUseAsync<StaffMember>(id, db.StaffInUseAsync, ct) is not { Record: var staff } outcome) return NotFound();
        if (!outcome.Deleted)
        {
            TempData.Error($"{staff.FullName} ne peut pas être supprimé(e) : cette fiche est utilisée. Archivez-la plutôt.");
            return RedirectToAction(nameof(Delete), new { id });
        }

        TempData.Success($"{staff.FullName} supprimé(e) des personnels.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/archiver"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Archive(int id, bool archived, int version, CancellationToken ct)
    {
        if (archived)
        {
            if (await StaffArchiving.ArchiveAsync(db, id, version, ct) is not { } done) return NotFound();
            TempData.Report(new ArchiveOutcome<StaffMember>(done.Staff, done.Saved), StaffArchiving.Message(done));
            return RedirectToAction(nameof(Details), new { id });
        }

        var outcome = await db.SetArchivedAsync<StaffMember>(id, archived: false, version, ct);
        if (outcome is null) return NotFound();
        TempData.Report(outcome, $"{outcome.Record.FullName} réactivé(e)."
            + (await HasAccountAsync(id, ct) ? " Son compte de connexion reste désactivé : l'administrateur le réactive depuis la page du compte." : ""));
        return RedirectToAction(nameof(Details), new { id });
    }

    private Task<bool> HasAccountAsync(int staffId, CancellationToken ct) =>
        db.Users.AnyAsync(u => u.StaffMemberId == staffId, ct);
}
