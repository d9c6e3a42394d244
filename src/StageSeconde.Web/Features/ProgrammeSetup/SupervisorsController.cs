using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.ProgrammeSetup;

/// <summary>The staff members who supervise the programme this school year, with their kind; the half-days' coverage.</summary>
[Authorize(Policy = Policies.ManageProgramme)]
[Route("programme/surveillants")]
public sealed class SupervisorsController(AppDbContext db) : Controller
{
    private const string NoYearMessage = "Aucune année scolaire n'est ouverte : l'administrateur doit d'abord en ouvrir une.";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken ct) => View("Supervisors", await SupervisorListModel.LoadAsync(db, q, ct));

    [HttpPost("ajouter"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Add(int staffId, SupervisorKind? kind, string? q, CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null)
        {
            TempData.Error(NoYearMessage);
            return RedirectToAction(nameof(Index));
        }
        var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffId && !s.IsArchived, ct);
        if (staff is null) return NotFound();
        if (await db.ProgrammeSupervisors.AnyAsync(s => s.SchoolYearId == year.Id && s.StaffMemberId == staffId, ct))
        {
            TempData.Info($"{staff.FullName} encadre déjà le programme cette année.");
            return RedirectToAction(nameof(Index));
        }
        try
        {
            db.ProgrammeSupervisors.Add(new ProgrammeSupervisor(year.Id, staffId, kind ?? SupervisorKind.Any));
        }
        catch (DomainException ex)
        {
            TempData.Error(ex.Message);
            return RedirectToAction(nameof(Index), new { q });
        }
        await db.SaveChangesAsync(ct);

        TempData.Success($"{staff.FullName} ajouté(e) aux surveillants ({(kind ?? SupervisorKind.Any).Label()}) : disponible toute la période, sauf ses convocations d'examen. Précisez ses indisponibilités si besoin.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/fonction"), ValidateAntiForgeryToken]
    public async Task<IActionResult> ChangeKind(int id, SupervisorKind? kind, int version, CancellationToken ct)
    {
        var supervisor = await db.ProgrammeSupervisors.Include(s => s.StaffMember).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (supervisor is null) return NotFound();
        try
        {
            supervisor.ChangeKind(kind ?? SupervisorKind.Any);
        }
        catch (DomainException ex)
        {
            TempData.Error(ex.Message);
            return RedirectToAction(nameof(Index));
        }
        db.SetOriginalVersion(supervisor, version);
        if (!await db.TrySaveAsync(new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary(), form: null, ct))
        {
            TempData.Error(Archiving.ConflictMessage);
            return RedirectToAction(nameof(Index));
        }
        TempData.Success($"{supervisor.StaffMember!.FullName} : {supervisor.Kind.Label()}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/retirer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Remove(int id, CancellationToken ct)
    {
        var supervisor = await db.ProgrammeSupervisors.Include(s => s.StaffMember).Include(s => s.Unavailabilities).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (supervisor is null) return NotFound();
        if (await db.ProgrammeSlots.AnyAsync(s => s.SupervisorId == id, ct))
        {
            TempData.Error($"{supervisor.StaffMember!.FullName} encadre des demi-journées de l'emploi du temps : modifiez d'abord l'emploi du temps.");
            return RedirectToAction(nameof(Index));
        }
        db.ProgrammeSupervisors.Remove(supervisor);
        await db.SaveChangesAsync(ct);
        TempData.Success($"{supervisor.StaffMember!.FullName} n'encadre plus le programme.");
        return RedirectToAction(nameof(Index));
    }
}
