using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Features.Programme.Printing;

namespace StageSeconde.Web.Features.Programme.Attendance;

/// <summary>A pupil on the attendance page: present or absent (as recorded, as posted, or present by default), and the absence raised.</summary>
public sealed record AttendancePupil(SheetPupil Pupil, bool? Present, bool Recorded, bool RecordedAbsent, int? AbsenceId);

/// <summary>The attendance of a group's half-day: who, where, and each pupil's presence; when and by whom it was last taken.</summary>
public sealed record AttendancePage(SheetGroup Group, SheetSlot Slot, IReadOnlyList<AttendancePupil> Pupils, DateTime? RecordedAt, string? RecordedBy, bool HalfDayStarted)
{
    public bool IsTaken => RecordedAt is not null;

    public IReadOnlyList<SheetPupil> Expected => [.. Pupils.Select(p => p.Pupil)];

    /// <summary>The page for <paramref name="groupId"/>'s half-day; null when the group or the half-day is not the programme's.</summary>
    public static async Task<AttendancePage?> LoadAsync(AppDbContext db, int groupId, DateOnly date, bool afternoon, DateOnly today, AttendanceForm? posted, CancellationToken ct)
    {
        var sheets = await ProgrammeSheets.LoadAsync(db, null, ct);
        var group = sheets.Groups.FirstOrDefault(g => g.Id == groupId);
        var slot = sheets.SlotsOf(groupId).FirstOrDefault(s => s.Date == date && s.Afternoon == afternoon);
        if (group is null || slot is null || !group.IsIn(slot.Week)) return null;

        var pupils = group.MembersIn(slot.Week);
        var ids = pupils.Select(p => p.Id).ToList();
        var records = await db.ProgrammeAttendances.AsNoTracking()
            .Where(a => ids.Contains(a.StudentId) && a.Date == date && a.Afternoon == afternoon)
            .Select(a => new { a.StudentId, a.Present, a.AbsenceId, a.RecordedAt, a.RecordedBy })
            .ToListAsync(ct);
        var byPupil = records.ToDictionary(r => r.StudentId);
        var last = records.MaxBy(r => r.RecordedAt);
        var by = last is null ? null
            : await db.Users.AsNoTracking().Where(u => u.UserName == last.RecordedBy).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        return new AttendancePage(group, slot, pupils.Select(p =>
        {
            var record = byPupil.GetValueOrDefault(p.Id);
            var present = posted is not null ? posted.PresentOf(p.Id) : record?.Present ?? true;
            return new AttendancePupil(p, present, record is not null, record is { Present: false }, record?.AbsenceId);
        }).ToList(), last?.RecordedAt, string.IsNullOrWhiteSpace(by) ? last?.RecordedBy : by, date <= today);
    }
}
