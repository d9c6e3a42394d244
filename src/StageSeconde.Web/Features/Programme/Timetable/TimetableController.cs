using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Programme.Timetable;

/// <summary>The programme's timetable: the grid week by week, and its generation (<see cref="TimetableGeneration"/>).</summary>
[Authorize(Policy = Policies.ViewProgramme)]
[Route("programme/emploi-du-temps")]
public sealed class TimetableController(AppDbContext db, ICurrentUser currentUser) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? semaine, CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return View("ProgrammeNoYear");
        return View("Timetable", await TimetablePage.LoadAsync(db, year, semaine == 2 ? 2 : 1, [], ct));
    }

    /// <summary>Generates again around the locked slots; when the input cannot be satisfied, the page lists why and nothing is saved.</summary>
    [HttpPost("generer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageProgramme)]
    public async Task<IActionResult> Generate(CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return NotFound();
        var (outcome, locked) = await TimetableGeneration.GenerateAsync(db, currentUser.SchoolId!.Value, year, ct);
        if (!outcome.IsFeasible)
            return View("Timetable", await TimetablePage.LoadAsync(db, year, 1, outcome.Problems, ct));

        TempData.Success($"Emploi du temps généré : {outcome.Slots.Count} demi-journées de groupe, sans conflit" +
                         (locked > 0 ? $", dont {locked} verrouillée(s) gardée(s) telles quelles." : "."));
        return RedirectToAction(nameof(Index));
    }
}
