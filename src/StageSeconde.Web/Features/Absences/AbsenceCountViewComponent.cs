using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;

namespace StageSeconde.Web.Features.Absences;

/// <summary>
/// The header's count of alerts waiting (<see cref="AbsenceAccess.WaitingFor"/>): the CPE's, the direction's escalated ones,
/// the professeurs' own students'. One COUNT query; nothing for the roles no alert is for.
/// </summary>
public sealed class AbsenceCountViewComponent(AppDbContext db, ICurrentUser currentUser) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var concerned = currentUser.SchoolId is not null
            && new[] { Roles.Cpe, Roles.Direction, Roles.ProfesseurPrincipal, Roles.Enseignant }.Any(currentUser.IsInRole);
        if (!concerned) return Content("");
        var count = await db.Absences.WaitingFor(db, currentUser).CountAsync(HttpContext.RequestAborted);
        return View("~/Features/Absences/Views/_AbsenceCount.cshtml", count);
    }
}
