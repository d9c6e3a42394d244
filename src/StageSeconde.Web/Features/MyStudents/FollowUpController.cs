using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.MyStudents;

/// <summary>
/// A student's follow-up log: read by the referent teacher, the professeur principal, the CPE and the direction (404 for
/// anyone else); written by the referent teacher and the direction (403 for the other readers).
/// </summary>
[Authorize(Policy = Policies.FollowUp)]
[Route("mes-eleves/{studentId:int}/suivi")]
public sealed class FollowUpController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock, IValidator<FollowUpForm> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int studentId, CancellationToken ct)
    {
        if (!await db.MayReadFollowUpAsync(currentUser, studentId, ct)) return NotFound();
        return await PageAsync(studentId, FollowUpForm.Now(clock), ct);
    }

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Add(int studentId, [Bind(Prefix = FormModel.Prefix)] FollowUpForm form, CancellationToken ct)
    {
        if (!await db.MayReadFollowUpAsync(currentUser, studentId, ct)) return NotFound();
        if (!await db.MayAddFollowUpAsync(currentUser, studentId, ct)) return Forbid();
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)) return await PageAsync(studentId, form, ct);

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime.ToParis());
        // The convention the contact is about: the one under way, else the next one, else the last one.
        var agreements = await db.Agreements.InCurrentYear()
            .Where(a => a.StudentId == studentId && a.State != AgreementState.Cancelled)
            .Select(a => new { a.Id, a.FirstDay, a.LastDay })
            .ToListAsync(ct);
        var agreementId = (agreements.Where(a => a.LastDay >= today).OrderBy(a => a.FirstDay).FirstOrDefault()
                           ?? agreements.OrderByDescending(a => a.LastDay).FirstOrDefault())?.Id;
        try
        {
            db.FollowUpEntries.Add(new FollowUpEntry(studentId, agreementId, form.Method!.Value, form.AtUtc(), form.Note, currentUser.Actor, now));
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return await PageAsync(studentId, form, ct);
        }
        await db.SaveChangesAsync(ct);

        TempData.Success("Contact enregistré dans le suivi.");
        return RedirectToAction(nameof(Index), new { studentId });
    }

    private async Task<IActionResult> PageAsync(int studentId, FollowUpForm form, CancellationToken ct)
    {
        var page = await FollowUpPage.LoadAsync(db, studentId, await db.MayAddFollowUpAsync(currentUser, studentId, ct), form, ct);
        return page is null ? NotFound() : View("FollowUp", page);
    }
}
