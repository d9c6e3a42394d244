using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Features.Programme.Timetable;

public sealed record SlotCell(int Id, string Activity, bool IsOuting, string? Room, string Supervisor, bool IsLocked, bool InConflict);

public sealed record GridGroup(int Id, string Name, int Size);

/// <summary>
/// One week of the timetable as a grid (rows: half-days, columns: groups), the conflicts of the saved timetable (there can
/// be some after a change of data: a pupil who left, a supervisor now unavailable…) and, after a failed generation, why.
/// </summary>
public sealed record TimetablePage(int Week, IReadOnlyList<HalfDay> HalfDays, IReadOnlyList<GridGroup> Groups,
    IReadOnlyDictionary<(int GroupId, HalfDay HalfDay), SlotCell> Cells, IReadOnlyList<string> Conflicts, IReadOnlyList<string> Problems,
    int SlotCount, int LockedCount)
{
    public SlotCell? Cell(int groupId, HalfDay halfDay) => Cells.GetValueOrDefault((groupId, halfDay));

    public static async Task<TimetablePage> LoadAsync(AppDbContext db, SchoolYear year, int week, IReadOnlyList<string> problems, CancellationToken ct)
    {
        var problem = await TimetableInput.BuildAsync(db, year, ct);
        var saved = await TimetableInput.SlotsAsync(db, year.Id, ct);
        var conflicts = saved.Count == 0 ? [] : TimetableConflicts.Find(problem, saved.Select(s => s.Slot).ToList());
        var inConflict = conflicts.SelectMany(c => c.Slots).ToHashSet();

        var days = ProgrammeCalendar.Days(year, week);
        var halfDays = days.SelectMany(d => new[] { HalfDay.Morning(d), HalfDay.AfternoonOf(d) }).ToList();
        var cells = (await db.ProgrammeSlots.AsNoTracking().Where(s => s.SchoolYearId == year.Id && days.Contains(s.Date))
                .Select(s => new
                {
                    s.Id, s.ProgrammeGroupId, s.Date, s.Afternoon, s.ActivityId, s.RoomId, s.SupervisorId, s.IsLocked,
                    Activity = s.Activity!.Name, s.Activity.IsOuting, Room = s.Room == null ? null : s.Room.Name,
                    s.Supervisor!.StaffMember!.FirstName, s.Supervisor.StaffMember.LastName,
                })
                .ToListAsync(ct))
            .GroupBy(s => (s.ProgrammeGroupId, new HalfDay(s.Date, s.Afternoon)))
            .ToDictionary(g => g.Key, g =>
            {
                var s = g.OrderBy(x => x.Id).First();
                var slot = new TimetableSlot(s.ProgrammeGroupId, g.Key.Item2, s.ActivityId, s.RoomId, s.SupervisorId);
                return new SlotCell(s.Id, s.Activity, s.IsOuting, s.Room, PersonName.FirstLast(s.FirstName, s.LastName), s.IsLocked,
                    g.Count() > 1 || inConflict.Contains(slot));
            });

        var sizes = problem.Groups.ToDictionary(g => g.Id);
        var groups = (await db.ProgrammeGroups.AsNoTracking()
                .Where(g => g.SchoolYearId == year.Id && (week == 1 ? g.InWeek1 : g.InWeek2))
                .Select(g => new { g.Id, g.Name }).ToListAsync(ct))
            .Select(g => new GridGroup(g.Id, g.Name, sizes.TryGetValue(g.Id, out var t) ? t.Size : 0))
            .OrderBy(g => g.Name.Length).ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        return new TimetablePage(week, halfDays, groups, cells, conflicts.Select(c => c.Message).ToList(), problems,
            saved.Count, saved.Count(s => s.Locked));
    }
}
