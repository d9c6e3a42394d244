using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.ProgrammeSetup;

/// <summary>
/// A supervisor's availability over the programme's half-days: a box per half-day, checked when available. The half-days
/// of an examiner convocation are shown as taken and cannot be changed here (they come from the convocations).
/// </summary>
[Authorize(Policy = Policies.ManageProgramme)]
[Route("programme/surveillants/{id:int}/disponibilites")]
public sealed class AvailabilityController(AppDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var page = await AvailabilityPage.LoadAsync(db, id, ct);
        return page is null ? NotFound() : View("Availability", page);
    }

    /// <param name="available">The keys (<see cref="ProgrammeDays.Key"/>) of the half-days checked.</param>
    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(int id, string[]? available, CancellationToken ct)
    {
        var supervisor = await db.ProgrammeSupervisors.Include(s => s.Unavailabilities).Include(s => s.StaffMember)
            .FirstOrDefaultAsync(s => s.Id == id, ct);
        if (supervisor is null) return NotFound();

        var year = await db.SchoolYears.AsNoTracking().FirstAsync(y => y.Id == supervisor.SchoolYearId, ct);
        var duties = await ProgrammeDuties.DuringAsync(db, year, ct);
        var checkedKeys = (available ?? []).ToHashSet(StringComparer.Ordinal);
        var unavailable = ProgrammeCalendar.HalfDays(year)
            .Where(h => !checkedKeys.Contains(ProgrammeDays.Key(h.Date, h.Afternoon)))
            .Where(h => !duties.Any(d => d.StaffMemberId == supervisor.StaffMemberId && d.Covers(h.Date, h.Afternoon)))
            .ToList();
        supervisor.SetUnavailable(unavailable);
        await db.SaveChangesAsync(ct);

        TempData.Success($"Disponibilités de {supervisor.StaffMember!.FullName} enregistrées : {unavailable.Count} demi-journée(s) d'indisponibilité.");
        return RedirectToAction(nameof(SupervisorsController.Index), "Supervisors");
    }
}
