using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Features.Programme.Timetable;

/// <summary>
/// The generator's input read from the database, in one place for generation, hand changes and the conflict banner: the
/// current year's half-days (<see cref="ProgrammeCalendar"/>), its groups with the pupils still in them (a group is there
/// the half-days of its weeks in which at least one of its pupils is), the catalogue's activities and the rooms not
/// archived, the year's supervisors on the half-days <see cref="ProgrammeCalendar.Available"/> gives them, and the locked slots.
/// </summary>
public static class TimetableInput
{
    public static async Task<TimetableProblem> BuildAsync(AppDbContext db, SchoolYear year, CancellationToken ct)
    {
        var halfDays = ProgrammeCalendar.HalfDays(year);
        var enrolled = await ProgrammePupils.ActiveWeeksAsync(db, year.Id, ct);
        var groups = (await db.ProgrammeGroups.AsNoTracking().Where(g => g.SchoolYearId == year.Id)
                .Select(g => new { g.Id, g.Name, g.InWeek1, g.InWeek2, Members = g.Members.Select(m => m.StudentId).ToList() })
                .ToListAsync(ct))
            .Select(g =>
            {
                var weeks = g.Members.Select(id => ProgrammePupils.WeeksInGroup(g.InWeek1, g.InWeek2, enrolled.GetValueOrDefault(id))).ToList();
                var present = halfDays.Where(h => weeks.Any(w => w.Contains(ProgrammeCalendar.WeekOf(year, h.Date) ?? 0)))
                    .Select(h => new HalfDay(h.Date, h.Afternoon)).ToHashSet();
                return new TimetableGroup(g.Id, g.Name, weeks.Count(w => w.Count > 0), present);
            })
            .Where(g => g.Present.Count > 0)
            .ToList();

        var activities = await db.ProgrammeActivities.AsNoTracking().Where(a => !a.IsArchived)
            .Select(a => new TimetableActivity(a.Id, a.Name, a.Theme, a.LengthInHalfDays, a.RoomKind, a.MaxGroupSize, a.SupervisorKind, a.IsOuting))
            .ToListAsync(ct);
        var rooms = await db.ProgrammeRooms.AsNoTracking().Where(r => !r.IsArchived)
            .Select(r => new TimetableRoom(r.Id, r.Name, r.Kind, r.Capacity)).ToListAsync(ct);

        var supervisors = await db.ProgrammeSupervisors.AsNoTracking().Include(s => s.Unavailabilities).Include(s => s.StaffMember)
            .Where(s => s.SchoolYearId == year.Id).ToListAsync(ct);
        var first = halfDays[0].Date;
        var last = halfDays[^1].Date;
        var duties = await db.ExaminerDuties.AsNoTracking().Where(d => d.Date >= first && d.Date <= last).ToListAsync(ct);
        var available = supervisors.Select(s => new TimetableSupervisor(s.Id, SupervisorName(s.StaffMember), s.Kind,
                ProgrammeCalendar.Available(halfDays, s, duties).Select(h => new HalfDay(h.Date, h.Afternoon)).ToHashSet()))
            .ToList();

        var groupIds = groups.Select(g => g.Id).ToHashSet();
        var locked = (await SlotsAsync(db, year.Id, ct)).Where(s => s.Locked && groupIds.Contains(s.Slot.GroupId)).Select(s => s.Slot).ToList();
        return new TimetableProblem([.. halfDays.Select(h => new HalfDay(h.Date, h.Afternoon))], groups, activities, rooms, available, locked);
    }

    /// <summary>The year's saved slots, as the generator and the conflict check see them.</summary>
    public static async Task<IReadOnlyList<(int Id, TimetableSlot Slot, bool Locked)>> SlotsAsync(AppDbContext db, int yearId, CancellationToken ct) =>
        (await db.ProgrammeSlots.AsNoTracking().Where(s => s.SchoolYearId == yearId)
            .Select(s => new { s.Id, s.ProgrammeGroupId, s.Date, s.Afternoon, s.ActivityId, s.RoomId, s.SupervisorId, s.IsLocked })
            .ToListAsync(ct))
        .Select(s => (s.Id, new TimetableSlot(s.ProgrammeGroupId, new HalfDay(s.Date, s.Afternoon), s.ActivityId, s.RoomId, s.SupervisorId), s.IsLocked))
        .ToList();

    public static TimetableSlot ToSlot(ProgrammeSlot s) => new(s.ProgrammeGroupId, new HalfDay(s.Date, s.Afternoon), s.ActivityId, s.RoomId, s.SupervisorId);

    public static string SupervisorName(StaffMember? staff) =>
        staff is null ? "?" : PersonName.FirstLast(staff.FirstName, staff.LastName);
}
