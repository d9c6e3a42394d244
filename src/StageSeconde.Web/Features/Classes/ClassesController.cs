using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Classes;

/// <summary>Divisions (classes) and their professeurs principaux.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
[Route("classes")]
public sealed class ClassesController(AppDbContext db, ICurrentUser currentUser, IValidator<ClassFormModel> validator) : Controller
{
    private const string DuplicateCodeMessage = "Ce code vient d'être enregistré par ailleurs : il existe déjà dans l'établissement.";

    /// <summary>The list of classes; with <c>mine=true</c>, the professeur principal's home page « Mes classes ».</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ClassListQuery query, CancellationToken ct) =>
        View(await ClassList.LoadAsync(db, query, currentUser.StaffMemberId, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await ClassDetailsModel.LoadAsync(db, id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("nouvelle"), Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View("Form", await FormModelAsync(null, new SchoolClassForm(), ct));

    [HttpPost("nouvelle"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Create([Bind(Prefix = FormModel.Prefix)] SchoolClassForm form, CancellationToken ct)
    {
        var model = await FormModelAsync(null, form, ct);
        if (!ExistingRecord.AddTo(await validator.ValidateAsync(model, ct), ModelState, ViewData)) return View("Form", model);

        var schoolClass = new SchoolClass(form.Code!, form.Label);
        schoolClass.AssignPrincipalTeachers(await CheckedTeachersAsync(form, ct));
        db.Classes.Add(schoolClass);
        if (!await db.TrySaveAsync(ModelState, form, ct, duplicateField: nameof(SchoolClassForm.Code), duplicateMessage: DuplicateCodeMessage)) return View("Form", model);

        TempData.Success($"Classe {schoolClass.Code} créée.");
        return RedirectToAction(nameof(Details), new { id = schoolClass.Id });
    }

    [HttpGet("{id:int}/modifier"), Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var schoolClass = await db.Classes.AsNoTracking().Include(c => c.PrincipalTeachers).FirstOrDefaultAsync(c => c.Id == id, ct);
        return schoolClass is null ? NotFound() : View("Form", await FormModelAsync(id, SchoolClassForm.From(schoolClass), ct));
    }

    [HttpPost("{id:int}/modifier"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormModel.Prefix)] SchoolClassForm form, CancellationToken ct)
    {
        var schoolClass = await db.Classes.Include(c => c.PrincipalTeachers).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (schoolClass is null) return NotFound();
        var model = await FormModelAsync(id, form, ct);
        if (!ExistingRecord.AddTo(await validator.ValidateAsync(model, ct), ModelState, ViewData)) return View("Form", model);

        form.ApplyTo(schoolClass, await CheckedTeachersAsync(form, ct));
        db.SetOriginalVersion(schoolClass, form.Version);
        // A change of professeurs principaux only touches the join table: mark the class edited so its version is checked and bumped.
        db.Entry(schoolClass).Property(c => c.Version).IsModified = true;
        if (!await db.TrySaveAsync(ModelState, form, ct, duplicateField: nameof(SchoolClassForm.Code), duplicateMessage: DuplicateCodeMessage)) return View("Form", model);

        TempData.Success("Classe enregistrée.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Confirmation page; for a class with students, the explanation why it cannot be deleted and the offer to archive it.</summary>
    [HttpGet("{id:int}/supprimer"), Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var model = await ClassDetailsModel.LoadAsync(db, id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/supprimer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        if (await db.DeleteUnlessInUseAsync<SchoolClass>(id, db.ClassInUseAsync, ct) is not { Record: var schoolClass } outcome) return NotFound();
        if (!outcome.Deleted)
        {
            TempData.Error($"La classe {schoolClass.Code} a des élèves : elle ne peut pas être supprimée. Archivez-la plutôt.");
            return RedirectToAction(nameof(Delete), new { id });
        }

        TempData.Success($"Classe {schoolClass.Code} supprimée.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/archiver"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Archive(int id, bool archived, int version, CancellationToken ct)
    {
        var outcome = await db.SetArchivedAsync<SchoolClass>(id, archived, version, ct);
        if (outcome is null) return NotFound();

        TempData.Report(outcome, archived
            ? $"Classe {outcome.Record.Code} archivée : elle n'apparaît plus dans la liste des classes en cours."
            : $"Classe {outcome.Record.Code} réactivée.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>
    /// The form with the staff that may be checked: the school's non-archived staff, plus those already
    /// professeur principal of this class (an archived one stays visible until unchecked).
    /// </summary>
    private async Task<ClassFormModel> FormModelAsync(int? classId, SchoolClassForm form, CancellationToken ct)
    {
        var teachers = await db.Staff.AsNoTracking()
            .Where(s => !s.IsArchived || s.PrincipalOfClasses.Any(c => c.Id == classId))
            .OrderBy(s => s.SearchKey)
            .Select(s => new StaffOption(s.Id, PersonName.FirstLast(s.FirstName, s.LastName), s.Function, s.IsArchived))
            .ToListAsync(ct);
        return new ClassFormModel(classId, form, teachers);
    }

    private async Task<List<StaffMember>> CheckedTeachersAsync(SchoolClassForm form, CancellationToken ct)
    {
        var ids = form.PrincipalTeacherIds.Distinct().ToList();
        return await db.Staff.Where(s => ids.Contains(s.Id)).ToListAsync(ct);
    }
}
