using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>The buttons of a convention's page that move it on: submit it to the Direction, complete it after the period.</summary>
[Authorize(Policy = Policies.SchoolStaff)]
[Route("conventions")]
public sealed class AgreementTransitionsController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock) : Controller
{
    [HttpPost("{id:int}/soumettre"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Submit(int id, int version, CancellationToken ct)
    {
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        if (!await db.MayWriteAgreementAsync(currentUser, id, ct)) return Forbid();
        var facts = (await db.LoadFactsAsync(agreement.StudentId, agreement.SchoolYearId, ct))!;
        return await this.ChangeStateAsync(db, agreement, version, a => a.Submit(facts, currentUser.Actor, clock.GetUtcNow()),
            AgreementMessages.ChangedMeanwhile(agreement.State), "Convention soumise : elle attend la validation de la direction.", this.ToAgreement(id), ct);
    }

    [HttpPost("{id:int}/terminer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Complete(int id, int version, CancellationToken ct)
    {
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        if (!await db.MayWriteAgreementAsync(currentUser, id, ct)) return Forbid();
        return await this.ChangeStateAsync(db, agreement, version, a => a.Complete(clock.TodayInParis(), currentUser.Actor, clock.GetUtcNow()),
            AgreementMessages.ChangedMeanwhile(agreement.State), "Convention terminée.", this.ToAgreement(id), ct);
    }
}
