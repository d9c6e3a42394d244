using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Placement;

/// <summary>
/// The « Situation » section of a pupil's page: current situation, history of the declarations and, for those who may
/// declare for this pupil, the declaration form. <c>@await Component.InvokeAsync("PupilSituation", new { studentId })</c>.
/// </summary>
public sealed class PupilSituationViewComponent(AppDbContext db, ICurrentUser currentUser, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int studentId)
    {
        var ct = HttpContext.RequestAborted;
        var pupil = await PupilSituationDetails.LoadAsync(db, studentId, ct);
        if (pupil is null) return Content("");

        var canDeclare = !pupil.HasLeft
            && (await authorization.AuthorizeAsync(HttpContext.User, Policies.DeclarePlacement)).Succeeded
            && await db.MayDeclareForClassAsync(currentUser, pupil.ClassId, ct);
        return View("~/Features/Placement/Views/_PupilSituation.cshtml", new PupilSituationSection(pupil, canDeclare));
    }
}
