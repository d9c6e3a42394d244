using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Agreements;

/// <summary>Cancelling a convention, with a reason, from any state before Terminée; once validated, by the direction only (<see cref="AgreementWriteScope"/>).</summary>
[Authorize(Policy = Policies.SchoolStaff)]
[Route("conventions")]
public sealed class AgreementCancellationController(AppDbContext db, IValidator<CancelForm> validator, ICurrentUser currentUser, TimeProvider clock) : Controller
{
    [HttpGet("{id:int}/annuler"), Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Cancel(int id, CancellationToken ct)
    {
        var model = await CancelPageModel.LoadAsync(db, id, form: null, ct);
        if (model is null) return NotFound();
        if (!await db.MayWriteAgreementAsync(currentUser, id, ct)) return Forbid();
        if (model.State is AgreementState.Completed or AgreementState.Cancelled) return this.ClosedAgreement(id, model.State);
        if (!currentUser.MayCancel(model.State)) return CancellationReserved(id);
        return View(model);
    }

    [HttpPost("{id:int}/annuler"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageAgreements)]
    public async Task<IActionResult> Cancel(int id, [Bind(Prefix = FormModel.Prefix)] CancelForm form, CancellationToken ct)
    {
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        if (!await db.MayWriteAgreementAsync(currentUser, id, ct)) return Forbid();
        if (!agreement.IsOpen) return this.ClosedAgreement(id, agreement.State);
        if (!currentUser.MayCancel(agreement.State)) return CancellationReserved(id);
        var changedMeanwhile = AgreementMessages.ChangedMeanwhile(agreement.State) + " Relisez-la puis confirmez de nouveau l'annulation si elle est toujours voulue.";
        if (!(await validator.ValidateAsync(form, ct)).AddTo(ModelState, FormModel.Prefix)
            || !await this.TryChangeStateAsync(db, agreement, form.Version, a => a.Cancel(form.Reason, currentUser.Actor, clock.GetUtcNow()), changedMeanwhile, ct, form))
            return View(await CancelPageModel.LoadAsync(db, id, form, ct));

        TempData.Success("Convention annulée.");
        return this.ToAgreement(id);
    }

    /// <summary>A convention the direction validated is cancelled by the direction only: back to its page, saying so.</summary>
    private IActionResult CancellationReserved(int id)
    {
        TempData.Error(AgreementWriteScope.CancellationReservedMessage);
        return this.ToAgreement(id);
    }
}
