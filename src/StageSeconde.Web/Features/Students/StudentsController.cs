using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Students;

/// <summary>Élèves de 2nde: list, details, create, edit. Their guardians: <see cref="GuardiansController"/>; leaving and deleting: <see cref="StudentDepartureController"/>.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
[Route("eleves")]
public sealed class StudentsController(AppDbContext db, ICurrentUser currentUser, IValidator<StudentFormModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] StudentListQuery query, CancellationToken ct) =>
        View(await StudentList.LoadAsync(db, query, ct));

    [HttpGet("{id:int}"), Features.Audit.AuditStudentView]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await StudentDetailsModel.LoadAsync(db, id, ct);
        return model is null ? NotFound() : View(model.For(await db.PrivateDetailsOfAsync(currentUser, id, ct)));
    }

    [HttpGet("nouveau"), Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Create(CancellationToken ct) => View("Form", await FormModelAsync(null, new StudentForm { RequestId = Guid.NewGuid() }, null, ct));

    [HttpPost("nouveau"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Create([Bind(Prefix = FormModel.Prefix)] StudentForm form, CancellationToken ct)
    {
        form.RequestId = CreationRequest.Sent(form.RequestId);
        if (form.RequestId is { } sent && await db.Students.CreatedByAsync(sent, ct) is { } already) return AlreadyCreated(already);
        form.RequestId ??= Guid.NewGuid();
        var model = await FormModelAsync(null, form, null, ct);
        if (!ExistingRecord.AddTo(await validator.ValidateAsync(model, ct), ModelState, ViewData))
        {
            // The same form sent twice at once: the other request may have saved the pupil since the check above, and its
            // INE now looks taken (seen on PostgreSQL, whose writers do not wait for each other as SQLite's do).
            if (await db.Students.CreatedByAsync(form.RequestId.Value, ct) is { } raced) return AlreadyCreated(raced);
            return View("Form", model);
        }

        var student = form.ToStudent();
        db.Students.Add(student);
        if (!await db.TrySaveAsync(ModelState, form, ct, nameof(StudentForm.Ine), "Cet INE vient d'être enregistré par ailleurs : il est déjà celui d'un autre élève."))
        {
            // The same form sent twice at once: the other request created the pupil.
            if (await db.Students.CreatedByAsync(form.RequestId.Value, ct) is { } raced) return AlreadyCreated(raced);
            return View("Form", model);
        }

        TempData.Success($"Élève {student.FullName} enregistré(e). Ajoutez maintenant ses responsables légaux.");
        return RedirectToAction(nameof(Details), new { id = student.Id });
    }

    [HttpGet("{id:int}/modifier"), Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return student is null ? NotFound() : View("Form", await FormModelAsync(id, StudentForm.From(student), student.SchoolClassId, ct));
    }

    [HttpPost("{id:int}/modifier"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageRecords)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FormModel.Prefix)] StudentForm form, CancellationToken ct)
    {
        var student = await db.Students.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (student is null) return NotFound();
        var model = await FormModelAsync(id, form, student.SchoolClassId, ct);
        if (!ExistingRecord.AddTo(await validator.ValidateAsync(model, ct), ModelState, ViewData)) return View("Form", model);

        form.ApplyTo(student);
        db.SetOriginalVersion(student, form.Version);
        if (!await db.TrySaveAsync(ModelState, form, ct)) return View("Form", model);

        TempData.Success("Fiche de l'élève enregistrée.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The form with the classes to choose from: the current ones, and the student's present one even if it is archived.</summary>
    private async Task<StudentFormModel> FormModelAsync(int? id, StudentForm form, int? currentClassId, CancellationToken ct)
    {
        var classes = await StudentList.ClassOptionsAsync(db, currentClassId, ct);
        var items = classes.Select(c => new SelectListItem(c.Code, c.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        return new StudentFormModel(id, form, items);
    }

    private RedirectToActionResult AlreadyCreated(int id)
    {
        TempData.Info(CreationRequestQueries.AlreadyCreated);
        return RedirectToAction(nameof(Details), new { id });
    }
}
