using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Absences;

/// <summary>
/// « Envoyer un courriel aux responsables »: the e-mail the CPE has read (and maybe changed) on the absence's page goes to each
/// guardian with an address, through the outbox (sent by the dispatcher, retried, never from this request). The messages are
/// the record: the page lists them in the absence's timeline.
/// </summary>
[Authorize(Policy = Policies.HandleAbsences)]
[Route("absences")]
public sealed class FamilyMailController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock, IValidator<FamilyMailForm> validator) : Controller
{
    [HttpPost("{id:int}/courriel-responsables"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Send(int id, [Bind(Prefix = FamilyMailForm.Prefix)] FamilyMailForm form, CancellationToken ct)
    {
        var absence = await db.Absences.AsNoTracking().VisibleTo(db, currentUser)
            .Where(a => a.Id == id).Select(a => new { a.Id, a.SchoolId, a.StudentId }).FirstOrDefaultAsync(ct);
        if (absence is null) return NotFound();
        var addresses = (await db.Guardians.AsNoTracking()
                .Where(g => g.StudentId == absence.StudentId && g.Email != null)
                .Select(g => g.Email!)
                .ToListAsync(ct))
            .Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (addresses.Count == 0) ModelState.AddModelError("", "Aucun responsable de l'élève n'a d'adresse électronique : prévenez la famille par téléphone ou par courrier.");
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FamilyMailForm.Prefix))
        {
            var model = await AbsenceDetails.LoadAsync(db, currentUser, clock, id, ct);
            return model is null ? NotFound() : View("~/Features/Absences/Views/Details.cshtml", model with { Mail = form });
        }

        var now = clock.GetUtcNow();
        foreach (var to in addresses)
            db.OutboxMessages.Add(new OutboxMessage(absence.SchoolId, to, form.Subject!.Trim(), form.Body!.Trim(), OutboxTopics.AbsenceFamily, absence.Id, now));
        await db.SaveChangesAsync(ct);

        TempData.Success($"Courriel mis en envoi pour {addresses.Count} responsable(s) : {string.Join(", ", addresses)}. Enregistrez « Famille prévenue » une fois la famille jointe.");
        return RedirectToAction(nameof(AbsenceDetailsController.Details), "AbsenceDetails", new { id });
    }
}
