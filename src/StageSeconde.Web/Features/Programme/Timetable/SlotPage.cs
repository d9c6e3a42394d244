using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Features.Programme.Timetable;

public sealed record Choice(string Value, string Text);

/// <summary>One slot of the timetable and what it may be changed to; <see cref="Refused"/>: the conflicts a refused change would have created.</summary>
public sealed record SlotPage(int Id, int Version, string GroupName, HalfDay HalfDay, int Week, int ActivityId, string Activity, int? RoomId, string? Room,
    int SupervisorId, string Supervisor, bool IsLocked, IReadOnlyList<Choice> HalfDays, IReadOnlyList<Choice> SwapWith,
    IReadOnlyList<Choice> Activities, IReadOnlyList<Choice> Rooms, IReadOnlyList<Choice> Supervisors, IReadOnlyList<string> Refused)
{
    public static string Key(HalfDay h) => $"{h.Date:yyyy-MM-dd}-{(h.Afternoon ? "pm" : "am")}";

    public static async Task<SlotPage?> LoadAsync(AppDbContext db, SchoolYear year, int id, IReadOnlyList<string> refused, CancellationToken ct)
    {
        var slot = await db.ProgrammeSlots.AsNoTracking().Where(s => s.Id == id && s.SchoolYearId == year.Id)
            .Select(s => new
            {
                s.Id, s.Version, s.ProgrammeGroupId, Group = s.Group!.Name, s.Date, s.Afternoon, s.ActivityId, Activity = s.Activity!.Name,
                s.RoomId, Room = s.Room == null ? null : s.Room.Name, s.SupervisorId, s.Supervisor!.StaffMember!.FirstName, s.Supervisor.StaffMember.LastName, s.IsLocked,
            })
            .FirstOrDefaultAsync(ct);
        if (slot is null) return null;

        var problem = await TimetableInput.BuildAsync(db, year, ct);
        var saved = await TimetableInput.SlotsAsync(db, year.Id, ct);
        var mine = saved.Where(s => s.Slot.GroupId == slot.ProgrammeGroupId).ToList();
        var here = new HalfDay(slot.Date, slot.Afternoon);
        var present = problem.Groups.FirstOrDefault(g => g.Id == slot.ProgrammeGroupId)?.Present ?? new HashSet<HalfDay>();
        var halfDays = present.Where(h => h != here).Order()
            .Select(h => new Choice(Key(h), h.Label + (mine.Any(s => s.Slot.HalfDay == h) ? " (occupée)" : " (libre)"))).ToList();
        var activityNames = await db.ProgrammeActivities.AsNoTracking().Select(a => new { a.Id, a.Name }).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var swap = mine.Where(s => s.Id != slot.Id).OrderBy(s => s.Slot.HalfDay)
            .Select(s => new Choice(s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{s.Slot.HalfDay.Label} : {activityNames.GetValueOrDefault(s.Slot.ActivityId, "?")}")).ToList();
        string Id(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new SlotPage(slot.Id, slot.Version, slot.Group, here, ProgrammeCalendar.WeekOf(year, slot.Date) ?? 1, slot.ActivityId, slot.Activity,
            slot.RoomId, slot.Room, slot.SupervisorId, PersonName.FirstLast(slot.FirstName, slot.LastName), slot.IsLocked, halfDays, swap,
            problem.Activities.OrderBy(a => a.Name).Select(a => new Choice(Id(a.Id), a.Name)).ToList(),
            problem.Rooms.OrderBy(r => r.Name).Select(r => new Choice(Id(r.Id), $"{r.Name} ({ProgrammeLabels.Room(r.Kind)}, {r.Capacity} places)")).ToList(),
            problem.Supervisors.OrderBy(s => s.Name).Select(s => new Choice(Id(s.Id),
                $"{s.Name} ({ProgrammeLabels.Supervisor(s.Kind)}{(s.Available.Contains(here) ? "" : ", indisponible")})")).ToList(),
            refused);
    }
}
