using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Features.Students;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>A new convention for one student: choose the student, fill the form, get a draft (once, however often the form is sent).</summary>
[Authorize(Policy = Policies.SchoolStaff)]
[Route("conventions")]
public sealed class AgreementCreationController(AppDbContext db, IValidator<AgreementForm> validator, ICurrentUser currentUser, TimeProvider clock) : Controller
{
    /// <summary>Without a student: choose one (search or class); with one: the form.</summary>
    [HttpGet("nouvelle"), Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Create([FromQuery(Name = "eleve")] int? studentId, [FromQuery] string? q, [FromQuery(Name = "classe")] int? classId, CancellationToken ct)
    {
        if (studentId is null)
        {
            // Only the pupils the user may write a convention for: a professeur principal sees their classes (AgreementWriteScope).
            var search = new StudentListQuery(q, classId, Sthr: null);
            var classes = db.Classes.WhereAgreementsWrittenBy(currentUser);
            ViewData["OwnClassesOnly"] = !currentUser.WritesAgreementsOfWholeSchool();
            return View("ChooseStudent", search.IsFiltered
                ? await StudentList.LoadAsync(db, search, ct, classes)
                : new StudentListModel(search, await StudentList.ClassOptionsAsync(db, null, ct, classes), new PageOf<StudentRow>([], 1, PageOf<StudentRow>.DefaultPageSize, 0)));
        }

        var student = await StudentSummary.LoadAsync(db, studentId.Value, ct);
        if (student is null) return NotFound();
        if (!await db.MayWriteAgreementsOfStudentAsync(currentUser, student.Id, ct)) return Forbid();
        var year = await db.CurrentYearAsync(ct);
        if (CannotCreateFor(student, year) is { } refusal) return refusal;
        return await FormAsync(student, AgreementForm.New(), year!, ct);
    }

    [HttpPost("nouvelle"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Create([FromQuery(Name = "eleve")] int studentId, [Bind(Prefix = FormModel.Prefix)] AgreementForm form, CancellationToken ct)
    {
        var student = await StudentSummary.LoadAsync(db, studentId, ct);
        if (student is null) return NotFound();
        if (!await db.MayWriteAgreementsOfStudentAsync(currentUser, student.Id, ct)) return Forbid();
        form.RequestId = form.SentRequestId();
        if (form.RequestId is { } sent && await db.AgreementCreatedByAsync(sent, ct) is { } already) return AlreadyCreated(already);
        var year = await db.CurrentYearAsync(ct);
        if (CannotCreateFor(student, year) is { } refusal) return refusal;
        form.RequestId ??= Guid.NewGuid();
        if (!(await validator.ValidateAsync(form.Posted(ModelState), ct)).AddTo(ModelState, FormModel.Prefix)
            || await HostAndTutor.FromFormAsync(db, form, ModelState, ct) is not { } chosen)
            return await FormAsync(student, form, year!, ct);

        var entity = await db.Students.Include(s => s.Guardians).FirstAsync(s => s.Id == studentId, ct);
        Agreement agreement;
        try
        {
            agreement = Agreement.Draft(year!, entity, chosen.Host, chosen.Tutor, form.ToTerms(), currentUser.Actor, clock.GetUtcNow(), form.RequestId);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return await FormAsync(student, form, year!, ct);
        }
        db.Agreements.Add(agreement);
        chosen.LinkNewTo(db, agreement);

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: the other request created it.
            if (await db.AgreementCreatedByAsync(form.RequestId.Value, ct) is { } raced) return AlreadyCreated(raced);
            await HostAndTutor.AddSaveErrorAsync(db, form, ModelState, ct);
            return await FormAsync(student, form, year!, ct);
        }

        TempData.Success(form.CreatesHost
            ? $"Convention créée en brouillon, avec la nouvelle structure « {chosen.Host.Name} ». Vérifiez les contrôles avant de la soumettre."
            : "Convention créée en brouillon. Vérifiez les contrôles avant de la soumettre.");
        return this.ToAgreement(agreement.Id);
    }

    /// <summary>Why no convention can be created for this student now (back to the student's page, saying why), or null.</summary>
    private IActionResult? CannotCreateFor(StudentSummary student, SchoolYear? year)
    {
        var refusal = Agreement.StudentRefusal(student.FullName, student.LeftOn) ?? (year is null ? AgreementMessages.NoYear : null);
        if (refusal is null) return null;
        TempData.Error(refusal);
        return RedirectToAction(nameof(StudentsController.Details), "Students", new { id = student.Id });
    }

    private IActionResult AlreadyCreated(int id)
    {
        TempData.Info(CreationRequests.AlreadyCreatedOne);
        return this.ToAgreement(id);
    }

    private async Task<IActionResult> FormAsync(StudentSummary student, AgreementForm form, SchoolYear year, CancellationToken ct) =>
        View("Form", await AgreementFormModel.LoadAsync(db, null, student, form, YearWeeks.Of(year), ct));
}
