using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure.Security;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Programme.Timetable;

/// <summary>
/// Hand changes of one slot: move it to another half-day of its group, swap it with another slot of the group, change its
/// activity, room or supervisor, lock or unlock it. A change that would create a conflict (<see cref="TimetableConflicts"/>)
/// is refused and the page lists the conflicts: nothing is saved. A locked slot must be unlocked before it is changed.
/// </summary>
[Authorize(Policy = Policies.ManageProgramme)]
[Route("programme/emploi-du-temps/creneaux")]
public sealed class SlotsController(AppDbContext db) : Controller
{
    private const string LockedMessage = "Ce créneau est verrouillé : déverrouillez-le d'abord pour le modifier. Rien n'a été modifié.";

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        var page = year is null ? null : await SlotPage.LoadAsync(db, year, id, [], ct);
        return page is null ? NotFound() : View("Slot", page);
    }

    [HttpPost("{id:int}/deplacer"), ValidateAntiForgeryToken]
    public Task<IActionResult> Move(int id, [FromForm] int version, [FromForm] string? halfDay, CancellationToken ct) =>
        ChangeAsync(id, version, (slot, _, problem) =>
        {
            var target = Parse(halfDay);
            var group = problem.Groups.FirstOrDefault(g => g.Id == slot.ProgrammeGroupId);
            if (target is null || group is null || !group.Present.Contains(target.Value)) return null;
            slot.MoveTo(target.Value.Date, target.Value.Afternoon);
            return $"Créneau déplacé au {target.Value.Label}.";
        }, ct);

    [HttpPost("{id:int}/echanger"), ValidateAntiForgeryToken]
    public Task<IActionResult> Swap(int id, [FromForm] int version, [FromForm] int otherId, CancellationToken ct) =>
        ChangeAsync(id, version, (slot, slots, _) =>
        {
            var other = slots.FirstOrDefault(s => s.Id == otherId && s.Id != slot.Id && s.ProgrammeGroupId == slot.ProgrammeGroupId);
            if (other is null) return null;
            if (other.IsLocked) throw new DomainException("L'autre créneau est verrouillé : déverrouillez-le d'abord. Rien n'a été modifié.");
            var (date, afternoon) = (slot.Date, slot.Afternoon);
            slot.MoveTo(other.Date, other.Afternoon);
            other.MoveTo(date, afternoon);
            return $"Créneaux échangés : {new HalfDay(other.Date, other.Afternoon).Label} et {new HalfDay(slot.Date, slot.Afternoon).Label}.";
        }, ct);

    [HttpPost("{id:int}/modifier"), ValidateAntiForgeryToken]
    public Task<IActionResult> Change(int id, [FromForm] int version, [FromForm] int activityId, [FromForm] int? roomId, [FromForm] int supervisorId,
        CancellationToken ct) =>
        ChangeAsync(id, version, (slot, _, problem) =>
        {
            if (problem.Activities.All(a => a.Id != activityId) || problem.Supervisors.All(s => s.Id != supervisorId)
                || (roomId is { } room && problem.Rooms.All(r => r.Id != room)))
                return null;
            slot.Place(activityId, roomId, supervisorId);
            return "Créneau modifié.";
        }, ct);

    [HttpPost("{id:int}/verrouiller"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Lock(int id, [FromForm] int version, [FromForm] bool locked, CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        var slot = year is null ? null : await db.ProgrammeSlots.FirstOrDefaultAsync(s => s.Id == id && s.SchoolYearId == year.Id, ct);
        if (slot is null) return NotFound();
        return await this.ChangeStateAsync(db, slot, version, s => s.Lock(locked), "Le créneau a été modifié entre-temps : rien n'a été enregistré.",
            locked ? "Créneau verrouillé : une nouvelle génération le garde tel quel." : "Créneau déverrouillé.",
            RedirectToAction(nameof(TimetableController.Index), "Timetable", new { semaine = ProgrammeCalendar.WeekOf(year!, slot.Date) }), ct);
    }

    /// <summary>
    /// Applies <paramref name="change"/> (null: the input names nothing of this timetable → 404), then compares the
    /// conflicts of the whole timetable before and after: any new one refuses the change, shown on the slot's page.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(int id, int version, Func<ProgrammeSlot, IReadOnlyList<ProgrammeSlot>, TimetableProblem, string?> change,
        CancellationToken ct)
    {
        var year = await db.CurrentYearAsync(ct);
        if (year is null) return NotFound();
        var slots = await db.ProgrammeSlots.Where(s => s.SchoolYearId == year.Id).ToListAsync(ct);
        var slot = slots.FirstOrDefault(s => s.Id == id);
        if (slot is null) return NotFound();
        var back = RedirectToAction(nameof(Edit), new { id });
        if (slot.Version != version)
        {
            TempData.Error("Le créneau a été modifié entre-temps : relisez-le. Rien n'a été modifié.");
            return back;
        }
        if (slot.IsLocked)
        {
            TempData.Error(LockedMessage);
            return back;
        }

        var problem = await TimetableInput.BuildAsync(db, year, ct);
        var before = TimetableConflicts.Find(problem, slots.Select(TimetableInput.ToSlot).ToList()).Select(c => c.Message).ToHashSet();
        string? success;
        try
        {
            success = change(slot, slots, problem);
        }
        catch (DomainException refused)
        {
            TempData.Error(refused.Message);
            return back;
        }
        if (success is null) return NotFound();

        var created = TimetableConflicts.Find(problem, slots.Select(TimetableInput.ToSlot).ToList())
            .Select(c => c.Message).Where(m => !before.Contains(m)).Distinct().ToList();
        if (created.Count > 0)
        {
            db.ChangeTracker.Clear();
            return View("Slot", (await SlotPage.LoadAsync(db, year, id, created, ct))!);
        }
        db.SetOriginalVersion(slot, version);
        await db.SaveChangesAsync(ct);
        TempData.Success(success);
        return RedirectToAction(nameof(TimetableController.Index), "Timetable", new { semaine = ProgrammeCalendar.WeekOf(year, slot.Date) });
    }

    private static HalfDay? Parse(string? key)
    {
        if (key is null || key.Length != 13) return null;
        if (!DateOnly.TryParseExact(key[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return null;
        return key[10..] switch { "-am" => HalfDay.Morning(date), "-pm" => HalfDay.AfternoonOf(date), _ => null };
    }
}
