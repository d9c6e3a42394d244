using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Features.Programme.Printing;

namespace StageSeconde.Web.Features.Programme.Attendance;

public sealed record AttendanceRow(SheetSlot Slot, string Group, int Pupils, int Taken, int Absent)
{
    public bool IsTaken => Taken > 0;
}

/// <summary>
/// The half-days whose attendance the user takes: a supervisor's own (today first, then those to come, then those past);
/// for the Direction and the CPE, every group's half-days of one day (today by default).
/// </summary>
public sealed record AttendanceList(bool SeesAll, DateOnly Today, DateOnly? Day, IReadOnlyList<DateOnly> Days, IReadOnlyList<AttendanceRow> Rows)
{
    public static async Task<AttendanceList> LoadAsync(AppDbContext db, int? staffMemberId, bool seesAll, DateOnly today, DateOnly? day, CancellationToken ct)
    {
        var sheets = await ProgrammeSheets.LoadAsync(db, null, ct);
        var days = sheets.Year is { } year ? ProgrammeCalendar.Days(year, 1).Concat(ProgrammeCalendar.Days(year, 2)).ToList() : [];
        IEnumerable<SheetSlot> slots;
        if (seesAll)
        {
            day = day is { } d && days.Contains(d) ? d
                : days.Contains(today) ? today
                : days.Where(x => x > today).Cast<DateOnly?>().FirstOrDefault() ?? days.LastOrDefault();
            slots = sheets.Slots.Where(s => s.Date == day);
        }
        else
        {
            day = null;
            slots = sheets.Slots.Where(s => s.SupervisorStaffId == staffMemberId)
                .OrderBy(s => s.Date == today ? 0 : s.Date > today ? 1 : 2)
                .ThenBy(s => s.Date < today ? -s.Date.DayNumber : s.Date.DayNumber).ThenBy(s => s.Afternoon);
        }
        var slotList = slots.ToList();
        var dates = slotList.Select(s => s.Date).Distinct().ToList();
        var counts = (await db.ProgrammeAttendances.AsNoTracking()
                .Where(a => sheets.Year != null && a.SchoolYearId == sheets.Year.Id && dates.Contains(a.Date))
                .GroupBy(a => new { a.ProgrammeGroupId, a.Date, a.Afternoon })
                .Select(g => new { g.Key.ProgrammeGroupId, g.Key.Date, g.Key.Afternoon, Taken = g.Count(), Absent = g.Count(a => !a.Present) })
                .ToListAsync(ct))
            .ToDictionary(c => (c.ProgrammeGroupId, c.Date, c.Afternoon));
        var groups = sheets.Groups.ToDictionary(g => g.Id);
        var rows = slotList.Where(s => groups.ContainsKey(s.GroupId)).Select(s =>
        {
            var group = groups[s.GroupId];
            var count = counts.GetValueOrDefault((s.GroupId, s.Date, s.Afternoon));
            return new AttendanceRow(s, group.Name, group.MembersIn(s.Week).Count, count?.Taken ?? 0, count?.Absent ?? 0);
        });
        if (seesAll) rows = rows.OrderBy(r => r.Slot.Afternoon).ThenBy(r => r.Group, ProgrammeSheets.NameOrder);
        return new AttendanceList(seesAll, today, day, days, rows.ToList());
    }
}
