using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Students;

/// <summary>Élèves de 2nde and their guardians.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
[Route("eleves")]
public sealed class StudentsController(
    AppDbContext db, IValidator<StudentForm> studentValidator, IValidator<GuardianForm> guardianValidator, TimeProvider clock) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] StudentListQuery query, CancellationToken ct) =>
        View(await StudentList.LoadAsync(db, query, ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await StudentDetailsModel.LoadAsync(db, id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("nouveau"), Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Create(CancellationToken ct) => await FormViewAsync(null, new StudentForm(), null, ct);

    [HttpPost("nouveau"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Create([Bind(Prefix = FormModel.Prefix)] StudentForm form, CancellationToken ct)
    {
        if (!await IsValidAsync(form, studentId: null, currentClassId: null, ct)) return await FormViewAsync(null, form, null, ct);

        var student = new Student();
        form.ApplyTo(student);
        db.Students.Add(student);
        await db.SaveChangesAsync(ct);

        TempData.Success($"Élève {student.FullName} enregistré(e). Ajoutez maintenant ses responsables légaux.");
        return RedirectToAction(nameof(Details), new { id = student.Id });
    }

    [HttpGet("{id:int}/modifier"), Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return student is null ? NotFound() : await FormViewAsync(id, StudentForm.From(student), student.SchoolClassId, ct);
    }

    [HttpPost("{id:int}/modifier"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormModel.Prefix)] StudentForm form, CancellationToken ct)
    {
        var student = await db.Students.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (student is null) return NotFound();
        if (!await IsValidAsync(form, id, student.SchoolClassId, ct)) return await FormViewAsync(id, form, student.SchoolClassId, ct);

        form.ApplyTo(student);
        db.SetOriginalVersion(student, form.Version);
        if (!await db.TrySaveAsync(ModelState, form, ct)) return await FormViewAsync(id, form, student.SchoolClassId, ct);

        TempData.Success("Fiche de l'élève enregistrée.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Marks the pupil as having left the school today (Paris time), or brings them back.</summary>
    [HttpPost("{id:int}/depart"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Leave(int id, bool left, CancellationToken ct)
    {
        var student = await db.Students.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (student is null) return NotFound();

        if (left) student.LeftOn ??= clock.TodayInParis();
        else student.LeftOn = null;
        await db.SaveChangesAsync(ct);
        TempData.Success(student.LeftOn is { } leftOn
            ? $"{student.FullName} est marqué(e) comme parti(e) le {leftOn.FormatFrench()} et n'apparaît plus parmi les élèves présents."
            : $"{student.FullName} est réintégré(e) parmi les élèves présents.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}/supprimer"), Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var model = await StudentDetailsModel.LoadAsync(db, id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/supprimer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        var student = await db.Students.Include(s => s.Guardians).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (student is null) return NotFound();
        if (await db.Agreements.AnyAsync(a => a.StudentId == id, ct))
        {
            TempData.Error($"{student.FullName} a des conventions : sa fiche est conservée. Marquez-le comme parti(e) s'il a quitté le lycée.");
            return RedirectToAction(nameof(Delete), new { id });
        }

        db.Guardians.RemoveRange(student.Guardians);
        db.Students.Remove(student);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Élève {student.FullName} supprimé(e) avec ses responsables.");
        return RedirectToAction(nameof(Index));
    }

    // ---- Guardians ----

    [HttpGet("{studentId:int}/responsables/nouveau"), Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> CreateGuardian(int studentId, CancellationToken ct)
    {
        var studentName = await StudentNameAsync(studentId, ct);
        return studentName is null ? NotFound() : View("GuardianForm", new GuardianFormModel(studentId, studentName, null, new GuardianForm()));
    }

    [HttpPost("{studentId:int}/responsables/nouveau"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> CreateGuardian(int studentId, [Bind(Prefix = FormModel.Prefix)] GuardianForm form, CancellationToken ct)
    {
        var studentName = await StudentNameAsync(studentId, ct);
        if (studentName is null) return NotFound();
        var model = new GuardianFormModel(studentId, studentName, null, form);
        if (!(await guardianValidator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return View("GuardianForm", model);

        var guardian = new Guardian { StudentId = studentId };
        form.ApplyTo(guardian);
        db.Guardians.Add(guardian);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Responsable {guardian.FullName} ajouté(e).");
        return RedirectToAction(nameof(Details), new { id = studentId });
    }

    [HttpGet("responsables/{id:int}/modifier"), Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> EditGuardian(int id, CancellationToken ct)
    {
        var guardian = await db.Guardians.AsNoTracking().Include(g => g.Student).FirstOrDefaultAsync(g => g.Id == id, ct);
        return guardian is null
            ? NotFound()
            : View("GuardianForm", new GuardianFormModel(guardian.StudentId, guardian.Student!.FullName, id, GuardianForm.From(guardian)));
    }

    [HttpPost("responsables/{id:int}/modifier"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> EditGuardian(int id, [Bind(Prefix = FormModel.Prefix)] GuardianForm form, CancellationToken ct)
    {
        var guardian = await db.Guardians.Include(g => g.Student).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (guardian is null) return NotFound();
        var model = new GuardianFormModel(guardian.StudentId, guardian.Student!.FullName, id, form);
        if (!(await guardianValidator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return View("GuardianForm", model);

        form.ApplyTo(guardian);
        db.SetOriginalVersion(guardian, form.Version);
        if (!await db.TrySaveAsync(ModelState, form, ct)) return View("GuardianForm", model);
        TempData.Success("Responsable enregistré(e).");
        return RedirectToAction(nameof(Details), new { id = guardian.StudentId });
    }

    [HttpPost("responsables/{id:int}/supprimer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> DeleteGuardian(int id, CancellationToken ct)
    {
        var guardian = await db.Guardians.FirstOrDefaultAsync(g => g.Id == id, ct);
        if (guardian is null) return NotFound();
        if (await db.AgreementSignatures.AnyAsync(s => s.GuardianId == id, ct))
        {
            TempData.Error($"{guardian.FullName} a signé une convention : sa fiche est conservée.");
            return RedirectToAction(nameof(Details), new { id = guardian.StudentId });
        }

        db.Guardians.Remove(guardian);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Responsable {guardian.FullName} supprimé(e).");
        return RedirectToAction(nameof(Details), new { id = guardian.StudentId });
    }

    private async Task<string?> StudentNameAsync(int studentId, CancellationToken ct)
    {
        var names = await db.Students.Where(s => s.Id == studentId).Select(s => new { s.LastName, s.FirstName }).FirstOrDefaultAsync(ct);
        return names is null ? null : PersonName.LastFirst(names.LastName, names.FirstName);
    }

    private async Task<ViewResult> FormViewAsync(int? id, StudentForm form, int? currentClassId, CancellationToken ct)
    {
        var classes = await StudentList.ClassOptionsAsync(db, currentClassId, ct);
        var items = classes.Select(c => new SelectListItem(c.Code, c.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        return View("Form", new StudentFormModel(id, form, items));
    }

    /// <summary>
    /// The form's rules, then what needs the database: the class must be a current class of the school (or the pupil's
    /// present one), and the INE must not be another pupil's (with a link to the pupil who has it).
    /// </summary>
    private async Task<bool> IsValidAsync(StudentForm form, int? studentId, int? currentClassId, CancellationToken ct)
    {
        var valid = (await studentValidator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix);

        if (form.SchoolClassId is { } classId)
        {
            var schoolClass = await db.Classes.AsNoTracking().Where(c => c.Id == classId).Select(c => new { c.IsArchived }).FirstOrDefaultAsync(ct);
            if (schoolClass is null)
            {
                ModelState.AddModelError(FormModel.Field(nameof(StudentForm.SchoolClassId)), "Cette classe n'existe pas dans votre établissement : choisissez-en une dans la liste.");
                valid = false;
            }
            else if (schoolClass.IsArchived && classId != currentClassId)
            {
                ModelState.AddModelError(FormModel.Field(nameof(StudentForm.SchoolClassId)), "Cette classe est archivée : choisissez une classe de l'année en cours.");
                valid = false;
            }
        }

        if (form.NormalizedIne is { } ine && ModelState.GetFieldValidationState(FormModel.Field(nameof(StudentForm.Ine))) != ModelValidationState.Invalid)
        {
            var existing = await db.Students.AsNoTracking()
                .Where(s => s.Ine == ine && s.Id != studentId)
                .Select(s => new { s.Id, s.LastName, s.FirstName })
                .FirstOrDefaultAsync(ct);
            if (existing is not null)
            {
                var name = PersonName.LastFirst(existing.LastName, existing.FirstName);
                ModelState.AddModelError(FormModel.Field(nameof(StudentForm.Ine)), $"Cet INE est déjà celui de l'élève {name}.");
                ViewData["ExistingStudent"] = (existing.Id, name);
                valid = false;
            }
        }
        return valid;
    }

}

public sealed record StudentFormModel(int? Id, StudentForm Form, IReadOnlyList<SelectListItem> Classes);

public sealed record GuardianFormModel(int StudentId, string StudentName, int? Id, GuardianForm Form);
