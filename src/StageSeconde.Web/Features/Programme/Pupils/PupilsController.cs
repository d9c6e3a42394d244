using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Programme.Pupils;

/// <summary>
/// Who is in the in-school programme, per week: the Direction asks for the proposal (every pupil still without a solution
/// for a week), reviews it, confirms it, and may take a pupil out of a week.
/// </summary>
[Authorize(Policy = Policies.ViewProgramme)]
[Route("programme/eleves")]
public sealed class PupilsController(AppDbContext db, ICurrentUser currentUser, TimeProvider clock) : Controller
{
    private const string NoYear = "Aucune année scolaire n'est ouverte : l'administrateur doit d'abord en créer une.";

    [HttpGet("")]
    public async Task<IActionResult> Index(int? semaine, CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return View("ProgrammeNoYear");
        var week = semaine is 1 or 2 ? semaine : null;
        return View("Pupils", await PupilsPage.LoadAsync(db, year, week, ct));
    }

    [HttpGet("proposer"), Authorize(Policy = Policies.ManageProgramme)]
    public async Task<IActionResult> Propose(CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return View("ProgrammeNoYear");
        return View("PupilsProposal", new ProposalPage(year.Label, year.Week1Start, await ProgrammeProposal.LoadAsync(db, year.Id, ct)));
    }

    /// <summary>Enrols the ticked pupils for the ticked weeks, all or nothing: a pupil no longer to propose refuses the whole list.</summary>
    [HttpPost("proposer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageProgramme)]
    public async Task<IActionResult> Confirm([FromForm] int[] semaine1, [FromForm] int[] semaine2, CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return NotFound();
        var chosen = semaine1.Select(id => (Id: id, Week: 1)).Concat(semaine2.Select(id => (Id: id, Week: 2))).Distinct().ToList();
        if (chosen.Count == 0)
        {
            TempData.Error("Cochez au moins un élève et une semaine : rien n'a été enregistré.");
            return RedirectToAction(nameof(Propose));
        }
        var proposal = (await ProgrammeProposal.LoadAsync(db, year.Id, ct)).ToDictionary(r => r.StudentId);
        if (chosen.Any(c => !proposal.TryGetValue(c.Id, out var row) || !row.Weeks.Contains(c.Week)))
        {
            TempData.Error("Un des élèves cochés n'est pas (ou plus) à proposer pour cette semaine : sa situation a changé entre-temps. " +
                           "Rien n'a été enregistré : relisez la liste.");
            return RedirectToAction(nameof(Propose));
        }

        ProgrammeProposal.Enrol(db, currentUser.SchoolId!.Value, year.Id, chosen, currentUser.Actor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);

        var pupils = chosen.Select(c => c.Id).Distinct().Count();
        TempData.Success($"{pupils} élève(s) inscrit(s) au programme au lycée. Formez maintenant les groupes.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{studentId:int}/retirer"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageProgramme)]
    public async Task<IActionResult> Remove(int studentId, [FromForm] int week, CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return NotFound();
        var enrolment = await db.ProgrammeEnrolments.Include(e => e.Student)
            .FirstOrDefaultAsync(e => e.SchoolYearId == year.Id && e.StudentId == studentId && e.Week == week && e.LeftAt == null, ct);
        if (enrolment is null) return NotFound();

        var now = clock.GetUtcNow();
        enrolment.Leave("Retiré(e) du programme par la direction.", now);
        await ProgrammePupils.LeaveEmptiedGroupsAsync(db, year.Id, [studentId], ct);
        await ProgrammeDepartures.WithdrawDeclarationsAsync(db, [enrolment], "Retiré(e) du programme au lycée par la direction.", currentUser.Actor, now, ct);
        await db.SaveChangesAsync(ct);
        TempData.Success($"{enrolment.Student!.FullName} ne fait plus partie du programme pour la semaine {week}.");
        return RedirectToAction(nameof(Index));
    }
}
