using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>
/// Group hosting: the same terms, at one host, for several students of a class. Who gets a draft and who is skipped is the
/// domain's decision (<see cref="Domain.GroupHosting"/>); the page shows both.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
[Route("conventions")]
public sealed class GroupHostingController(AppDbContext db, IValidator<AgreementForm> validator, ICurrentUser currentUser, TimeProvider clock) : Controller
{
    [HttpGet("groupe"), Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Group([FromQuery(Name = "classe")] int? classId, CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return NoYear();
        if (classId is { } id && !await db.Classes.AnyAsync(c => c.Id == id, ct)) return NotFound();
        if (classId is { } chosen && !await db.MayWriteAgreementsOfClassAsync(currentUser, chosen, ct)) return Forbid();
        return View("Group", await GroupPageModel.LoadAsync(db, currentUser, classId, [], AgreementForm.New(), year, ct));
    }

    [HttpPost("groupe"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Group([FromQuery(Name = "classe")] int classId, [FromForm(Name = "eleves")] List<int> studentIds,
        [Bind(Prefix = FormModel.Prefix)] AgreementForm form, CancellationToken ct)
    {
        var classCode = await db.Classes.AsNoTracking().Where(c => c.Id == classId).Select(c => c.Code).FirstOrDefaultAsync(ct);
        if (classCode is null) return NotFound();
        if (!await db.MayWriteAgreementsOfClassAsync(currentUser, classId, ct)) return Forbid();
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return NoYear();
        var groupRequestId = form.SentRequestId() ?? Guid.NewGuid();
        form.RequestId = groupRequestId;
        var requestIds = studentIds.Distinct().ToDictionary(s => s, s => GroupHostingQueries.RequestIdFor(groupRequestId, s));
        if (await db.AnyAgreementCreatedByAsync(requestIds.Values, ct)) return AlreadyCreated(classId);

        var valid = (await validator.ValidateAsync(form.Posted(ModelState), ct)).AddTo(ModelState, FormModel.Prefix);
        if (studentIds.Count == 0) ModelState.AddModelError("eleves", "Élèves : cochez au moins un élève.");
        if (!valid || studentIds.Count == 0 || await HostAndTutor.FromFormAsync(db, form, ModelState, ct) is not { } chosen)
            return View("Group", await GroupPageModel.LoadAsync(db, currentUser, classId, studentIds, form, year, ct));

        var students = await db.Students.Include(s => s.Guardians)
            .Where(s => s.SchoolClassId == classId && studentIds.Contains(s.Id))
            .OrderBy(s => s.SearchKey).ThenBy(s => s.Id)
            .ToListAsync(ct);
        var theirAgreements = await GroupHostingQueries.AgreementsByStudentAsync(db, studentIds, year.Id, ct);
        var terms = form.ToTerms();
        var result = GroupHosting.Draft(year, students, theirAgreements, chosen.Host, chosen.Tutor, terms, currentUser.Actor, clock.GetUtcNow(), p => requestIds[p.Id]);
        foreach (var drafted in result.Drafted)
        {
            db.Agreements.Add(drafted.Agreement);
            chosen.LinkNewTo(db, drafted.Agreement);
        }

        if (result.Drafted.Count > 0)
        {
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                if (await db.AnyAgreementCreatedByAsync(requestIds.Values, ct)) return AlreadyCreated(classId);
                await HostAndTutor.AddSaveErrorAsync(db, form, ModelState, ct);
                return View("Group", await GroupPageModel.LoadAsync(db, currentUser, classId, studentIds, form, year, ct));
            }
        }

        return View("GroupResult", new GroupResultModel(chosen.Host.Name, terms.Period, classId, classCode,
            result.Drafted.Select(d => new GroupCreated(d.Agreement.Id, d.Student.FullName)).ToList(),
            result.Skipped.Select(s => new GroupSkipped(s.Student.FullName, s.Reasons)).ToList()));
    }

    private IActionResult NoYear()
    {
        TempData.Error(AgreementMessages.NoYear);
        return RedirectToAction(nameof(AgreementsController.Index), "Agreements");
    }

    private IActionResult AlreadyCreated(int classId)
    {
        TempData.Info(CreationRequests.AlreadyCreatedGroup);
        return RedirectToAction(nameof(AgreementsController.Index), "Agreements", new { classe = classId });
    }
}
