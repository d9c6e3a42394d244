using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.ExaminerDuties;

/// <summary>
/// The staff's convocations as examiners (bac, brevet, BTS…), day by day: they make a supervisor of the programme unavailable
/// on those half-days and a teacher less suited as referent for the conventions running then (Features/Referents).
/// </summary>
[Authorize(Policy = Policies.ManageRecords)]
[Route("personnels/convocations")]
public sealed class ExaminerDutiesController(AppDbContext db, IValidator<ExaminerDutyForm> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View("ExaminerDuties", await ExaminerDutyListModel.LoadAsync(db, new ExaminerDutyForm(), ct));

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([Bind(Prefix = FormModel.Prefix)] ExaminerDutyForm form, CancellationToken ct)
    {
        if ((await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix))
        {
            var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == form.StaffMemberId && !s.IsArchived, ct);
            if (staff is null) ModelState.AddModelError(FormModel.Field(nameof(ExaminerDutyForm.StaffMemberId)), "Personnel : choisissez une valeur.");
            else
            {
                try
                {
                    db.ExaminerDuties.Add(new ExaminerDuty(staff.SchoolId, staff.Id, form.Date!.Value, form.Part!.Value, form.Note));
                    await db.SaveChangesAsync(ct);
                    TempData.Success($"Convocation de {staff.FullName} enregistrée : {FrenchTime.DayName(form.Date.Value.DayOfWeek)} {form.Date.Value.FormatFrench()}, {form.Part.Value.Label().ToLowerInvariant()}.");
                    return RedirectToAction(nameof(Index));
                }
                catch (DomainException ex)
                {
                    ModelState.AddDomainError(ex);
                }
            }
        }
        return View("ExaminerDuties", await ExaminerDutyListModel.LoadAsync(db, form, ct));
    }

    [HttpPost("{id:int}/supprimer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var duty = await db.ExaminerDuties.Include(d => d.StaffMember).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (duty is null) return NotFound();
        db.ExaminerDuties.Remove(duty);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Convocation de {duty.StaffMember!.FullName} du {duty.Date.FormatFrench()} supprimée.");
        return RedirectToAction(nameof(Index));
    }
}
