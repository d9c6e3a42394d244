using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Features.Programme.Timetable;

/// <summary>
/// « Générer »: the whole timetable again around the locked slots (<see cref="TimetableGenerator"/> on
/// <see cref="TimetableInput"/>), saved in one transaction (one SaveChanges: the unlocked slots go, the new ones come);
/// when the input cannot be satisfied, nothing is saved and the outcome says why.
/// </summary>
public static class TimetableGeneration
{
    public static async Task<(TimetableOutcome Outcome, int LockedKept)> GenerateAsync(AppDbContext db, int schoolId, SchoolYear year, CancellationToken ct)
    {
        var problem = await TimetableInput.BuildAsync(db, year, ct);
        var outcome = problem.Groups.Count == 0
            ? TimetableOutcome.Infeasible(["Aucun groupe n'a d'élève au programme : inscrivez les élèves et formez les groupes d'abord."])
            : TimetableGenerator.Generate(problem);
        if (!outcome.IsFeasible) return (outcome, 0);

        var stored = await db.ProgrammeSlots.Where(s => s.SchoolYearId == year.Id).ToListAsync(ct);
        var locked = stored.Where(s => s.IsLocked).Select(s => (s.ProgrammeGroupId, new HalfDay(s.Date, s.Afternoon))).ToHashSet();
        db.ProgrammeSlots.RemoveRange(stored.Where(s => !s.IsLocked));
        foreach (var slot in outcome.Slots.Where(s => !locked.Contains((s.GroupId, s.HalfDay))))
            db.ProgrammeSlots.Add(new ProgrammeSlot(schoolId, year.Id, slot.GroupId, slot.HalfDay.Date, slot.HalfDay.Afternoon,
                slot.ActivityId, slot.RoomId, slot.SupervisorId, isLocked: false));
        await db.SaveChangesAsync(ct);
        return (outcome, locked.Count);
    }
}
