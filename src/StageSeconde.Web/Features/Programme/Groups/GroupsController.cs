using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Programme.Groups;

/// <summary>The programme's groups: see them, and build them from the programme's pupils (<see cref="GroupFormation"/>).</summary>
[Authorize(Policy = Policies.ViewProgramme)]
[Route("programme/groupes")]
public sealed class GroupsController(AppDbContext db, ICurrentUser currentUser) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return View("ProgrammeNoYear");
        return View("Groups", await GroupsPage.LoadAsync(db, year, ct));
    }

    [HttpPost("former"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageProgramme)]
    public async Task<IActionResult> Build(CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return NotFound();
        var result = await GroupFormation.FormAsync(db, currentUser.SchoolId!.Value, year, ct);
        if (result.MaxSize is null)
            TempData.Error("Saisissez d'abord au moins une salle et une activité du catalogue : la taille des groupes en dépend. Aucun groupe n'a été formé.");
        else
            TempData.Success($"{result.Built} groupe(s) formé(s) de {result.MaxSize} élèves au plus" +
                             (result.Kept > 0 ? $" ; {result.Kept} groupe(s) gardé(s) (créneau verrouillé ou appel déjà fait)." : "."));
        return RedirectToAction(nameof(Index));
    }
}
