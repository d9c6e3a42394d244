using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Programme.Groups;

/// <summary>Hand edits of the programme's groups: rename, move a pupil to another group of the same weeks, create or delete an empty group.</summary>
[Authorize(Policy = Policies.ManageProgramme)]
[Route("programme/groupes")]
public sealed class GroupEditsController(AppDbContext db, ICurrentUser currentUser) : Controller
{
    [HttpPost("{id:int}/renommer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Rename(int id, [FromForm] string? name, CancellationToken ct)
    {
        var group = await FindAsync(id, ct);
        if (group is null) return NotFound();
        return await SaveAsync(() => group.Rename(name ?? ""), $"Groupe renommé : « {Normalized.Name(name ?? "")} ».", ct);
    }

    [HttpPost("{id:int}/deplacer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Move(int id, [FromForm] int studentId, [FromForm] int toGroupId, CancellationToken ct)
    {
        var from = await FindAsync(id, ct);
        var to = await FindAsync(toGroupId, ct);
        if (from is null || to is null || from.Members.All(m => m.StudentId != studentId)) return NotFound();
        var student = await db.Students.Where(s => s.Id == studentId).Select(s => PersonName.LastFirst(s.LastName, s.FirstName)).FirstAsync(ct);
        return await SaveAsync(() =>
        {
            if (from.Id == to.Id) throw new DomainException($"{student} est déjà dans {to.Name}.");
            if (from.InWeek1 != to.InWeek1 || from.InWeek2 != to.InWeek2)
                throw new DomainException($"{to.Name} n'a pas lieu les mêmes semaines que {from.Name} : choisissez un groupe des mêmes semaines.");
            from.Remove(studentId);
            to.Add(studentId);
        }, $"{student} passe de {from.Name} à {to.Name}.", ct);
    }

    [HttpPost("creer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromForm] string? name, [FromForm] bool week1, [FromForm] bool week2, CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return NotFound();
        return await SaveAsync(() => db.ProgrammeGroups.Add(new ProgrammeGroup(currentUser.SchoolId!.Value, year.Id, name ?? "", week1, week2)),
            $"Groupe « {Normalized.Name(name ?? "")} » créé. Déplacez-y des élèves depuis leur groupe.", ct);
    }

    [HttpPost("{id:int}/supprimer"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var group = await FindAsync(id, ct);
        if (group is null) return NotFound();
        var slots = await db.ProgrammeSlots.Where(s => s.ProgrammeGroupId == id).ToListAsync(ct);
        var attendance = await db.ProgrammeAttendances.AnyAsync(a => a.ProgrammeGroupId == id, ct);
        return await SaveAsync(() =>
        {
            if (group.Members.Count > 0) throw new DomainException($"{group.Name} compte encore des élèves : déplacez-les d'abord dans un autre groupe.");
            if (attendance) throw new DomainException($"L'appel a déjà été fait pour {group.Name} : le groupe est gardé.");
            db.ProgrammeSlots.RemoveRange(slots);
            db.ProgrammeGroups.Remove(group);
        }, $"{group.Name} supprimé.", ct);
    }

    /// <summary>A group of the current year of this school (others are not found).</summary>
    private async Task<ProgrammeGroup?> FindAsync(int id, CancellationToken ct) =>
        await db.ProgrammeGroups.Include(g => g.Members)
            .FirstOrDefaultAsync(g => g.Id == id && db.SchoolYears.Any(y => y.Id == g.SchoolYearId && y.IsCurrent), ct);

    private async Task<IActionResult> SaveAsync(Action change, string success, CancellationToken ct)
    {
        try
        {
            change();
            await db.SaveChangesAsync(ct);
            TempData.Success(success);
        }
        catch (DomainException refused)
        {
            TempData.Error(refused.Message + " Rien n'a été modifié.");
        }
        return RedirectToAction(nameof(GroupsController.Index), "Groups");
    }
}
