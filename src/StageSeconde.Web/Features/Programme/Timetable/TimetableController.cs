using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Programme.Timetable;

/// <summary>The programme's timetable: the grid week by week, and its generation (<see cref="TimetableGenerator"/>).</summary>
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

    /// <summary>
    /// Generates the whole timetable again around the locked slots, and saves it in one transaction; when the input cannot
    /// be satisfied, nothing is saved and the page lists why.
    /// </summary>
    [HttpPost("generer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageProgramme)]
    public async Task<IActionResult> Generate(CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return NotFound();
        var problem = await TimetableInput.BuildAsync(db, year, ct);
        var outcome = problem.Groups.Count == 0
            ? TimetableOutcome.Infeasible(["Aucun groupe n'a d'élève au programme : inscrivez les élèves et formez les groupes d'abord."])
            : TimetableGenerator.Generate(problem);
        if (!outcome.IsFeasible)
            return View("Timetable", await TimetablePage.LoadAsync(db, year, 1, outcome.Problems, ct));

        var stored = await db.ProgrammeSlots.Where(s => s.SchoolYearId == year.Id).ToListAsync(ct);
        var locked = stored.Where(s => s.IsLocked).Select(s => (s.ProgrammeGroupId, new HalfDay(s.Date, s.Afternoon))).ToHashSet();
        db.ProgrammeSlots.RemoveRange(stored.Where(s => !s.IsLocked));
        var added = 0;
        foreach (var slot in outcome.Slots.Where(s => !locked.Contains((s.GroupId, s.HalfDay))))
        {
            db.ProgrammeSlots.Add(new ProgrammeSlot(currentUser.SchoolId!.Value, year.Id, slot.GroupId, slot.HalfDay.Date, slot.HalfDay.Afternoon,
                slot.ActivityId, slot.RoomId, slot.SupervisorId, isLocked: false));
            added++;
        }
        await db.SaveChangesAsync(ct);

        TempData.Success($"Emploi du temps généré : {outcome.Slots.Count} demi-journées de groupe, sans conflit" +
                         (locked.Count > 0 ? $", dont {locked.Count} verrouillée(s) gardée(s) telles quelles." : "."));
        return RedirectToAction(nameof(Index));
    }
}
