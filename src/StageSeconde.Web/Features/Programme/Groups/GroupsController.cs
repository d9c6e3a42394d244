using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Programme.Groups;

/// <summary>The programme's groups: see them, and build them from the programme's pupils (<see cref="GroupBuilder"/>).</summary>
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

    /// <summary>
    /// Replaces the groups that are not kept (a locked slot or attendance taken keeps a group) by groups built from the
    /// pupils of the programme not already in a kept group for their weeks; the replaced groups' timetable goes with them.
    /// </summary>
    [HttpPost("former"), ValidateAntiForgeryToken, Authorize(Policy = Policies.ManageProgramme)]
    public async Task<IActionResult> Build(CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return NotFound();
        var limit = await GroupSizeLimit.LoadAsync(db, ct);
        if (limit.MaxSize is not { } maxSize)
        {
            TempData.Error("Saisissez d'abord au moins une salle et une activité du catalogue : la taille des groupes en dépend. Aucun groupe n'a été formé.");
            return RedirectToAction(nameof(Index));
        }

        var kept = await GroupsPage.KeptGroupIdsAsync(db, year.Id, ct);
        var groups = await db.ProgrammeGroups.Include(g => g.Members).Where(g => g.SchoolYearId == year.Id).ToListAsync(ct);
        var replaced = groups.Where(g => !kept.Contains(g.Id)).ToList();
        var replacedIds = replaced.Select(g => g.Id).ToList();
        db.ProgrammeSlots.RemoveRange(await db.ProgrammeSlots.Where(s => replacedIds.Contains(s.ProgrammeGroupId)).ToListAsync(ct));
        db.ProgrammeGroups.RemoveRange(replaced);

        var keptGroups = groups.Where(g => kept.Contains(g.Id)).ToList();
        var enrolled = await ProgrammePupils.ActiveWeeksAsync(db, year.Id, ct);
        var ids = enrolled.Keys.ToList();
        var classes = await db.Students.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.SchoolClassId, Class = s.SchoolClass!.Code }).ToDictionaryAsync(s => s.Id, ct);
        var pupils = enrolled
            .Where(e => classes.ContainsKey(e.Key))
            .Select(e => new ProgrammePupil(e.Key, classes[e.Key].SchoolClassId, classes[e.Key].Class,
                e.Value.Where(w => !keptGroups.Any(g => g.IsIn(w) && g.Members.Any(m => m.StudentId == e.Key))).ToHashSet()))
            .Where(p => p.Weeks.Count > 0)
            .ToList();

        var used = keptGroups.Select(g => g.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var number = 0;
        var built = GroupBuilder.Build(pupils, maxSize);
        foreach (var proposed in built)
        {
            string name;
            do name = $"Groupe {++number}"; while (!used.Add(name));
            var group = new ProgrammeGroup(currentUser.SchoolId!.Value, year.Id, name, proposed.Weeks.Contains(1), proposed.Weeks.Contains(2));
            foreach (var studentId in proposed.StudentIds) group.Add(studentId);
            db.ProgrammeGroups.Add(group);
        }
        await db.SaveChangesAsync(ct);

        TempData.Success($"{built.Count} groupe(s) formé(s) de {maxSize} élèves au plus" +
                         (keptGroups.Count > 0 ? $" ; {keptGroups.Count} groupe(s) gardé(s) (créneau verrouillé ou appel déjà fait)." : "."));
        return RedirectToAction(nameof(Index));
    }
}
