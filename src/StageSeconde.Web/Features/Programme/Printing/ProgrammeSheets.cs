using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;
using StageSeconde.Web.Infrastructure;

namespace StageSeconde.Web.Features.Programme.Printing;

public sealed record SheetContact(string Name, string? Email, string? Phone);

public sealed record SheetSchool(string Name, string Uai, string? Phone, string? Email, IReadOnlyList<SheetContact> Cpes);

/// <summary>A pupil of the programme and the weeks they are (still) enrolled for.</summary>
public sealed record SheetPupil(int Id, string LastName, string FirstName, string ClassCode, bool Week1, bool Week2)
{
    public string FullName => PersonName.LastFirst(LastName, FirstName);

    public bool InWeek(int week) => week == 1 ? Week1 : Week2;
}

/// <summary>A group and its pupils (those with an active enrolment in one of the group's weeks), sorted by name.</summary>
public sealed record SheetGroup(int Id, string Name, bool InWeek1, bool InWeek2, IReadOnlyList<SheetPupil> Members)
{
    public bool IsIn(int week) => week == 1 ? InWeek1 : InWeek2;

    /// <summary>The pupils enrolled in <paramref name="week"/>.</summary>
    public IReadOnlyList<SheetPupil> MembersIn(int week) => IsIn(week) ? Members.Where(m => m.InWeek(week)).ToList() : [];

    public string WeeksLabel => InWeek1 && InWeek2 ? "semaines 1 et 2" : InWeek1 ? "semaine 1" : "semaine 2";
}

public sealed record SheetSlot(int GroupId, DateOnly Date, bool Afternoon, int Week, string Activity, bool IsOuting, int? RoomId, string? Room,
    int SupervisorId, string Supervisor, int SupervisorStaffId)
{
    /// <summary>The room, or « Sortie » for an outing.</summary>
    public string Place => IsOuting ? "Sortie" : Room ?? "—";
}

public sealed record SheetOption(int Id, string Name);

/// <summary>
/// Everything the programme's documents print, for the current school year (and one week when asked): read in a few
/// queries, then every document is drawn from it in memory.
/// </summary>
public sealed record ProgrammeSheets(
    SheetSchool School, SchoolYear? Year, int? Week, IReadOnlyList<SheetGroup> Groups, IReadOnlyList<SheetSlot> Slots,
    IReadOnlyList<SheetOption> Supervisors, IReadOnlyList<SheetOption> Rooms)
{
    public static readonly StringComparer NameOrder = StringComparer.Create(ParisTime.French, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);

    public IEnumerable<int> Weeks => Week is { } w ? [w] : [1, 2];

    /// <summary>The pupils of the programme in the weeks shown, each once, sorted by name.</summary>
    public IReadOnlyList<SheetPupil> Pupils =>
        Groups.SelectMany(g => Weeks.SelectMany(g.MembersIn)).DistinctBy(p => p.Id)
            .OrderBy(p => p.LastName, NameOrder).ThenBy(p => p.FirstName, NameOrder).ToList();

    public IEnumerable<SheetSlot> SlotsOf(int groupId) => Slots.Where(s => s.GroupId == groupId);

    /// <summary>The groups of a pupil for each week shown.</summary>
    public IReadOnlyList<(int Week, SheetGroup Group)> GroupsOf(int studentId) =>
        [.. from week in Weeks from g in Groups where g.MembersIn(week).Any(m => m.Id == studentId) select (week, g)];

    public static async Task<ProgrammeSheets> LoadAsync(AppDbContext db, int? week, CancellationToken ct)
    {
        if (week is not (null or 1 or 2)) week = null;
        var year = await db.CurrentYearAsync(ct);
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == (year != null ? year.SchoolId : 0))
            .Select(s => new { s.Name, s.Uai, s.Phone, s.Email }).FirstOrDefaultAsync(ct);
        if (year is null || school is null)
            return new ProgrammeSheets(new SheetSchool(school?.Name ?? "", school?.Uai ?? "", null, null, []), null, week, [], [], [], []);

        var cpes = await db.Users.AsNoTracking()
            .Where(u => u.SchoolId == year.SchoolId && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Cpe)))
            .OrderBy(u => u.DisplayName)
            .Select(u => new SheetContact(u.DisplayName, u.Email, db.Staff.Where(s => s.Id == u.StaffMemberId).Select(s => s.Phone).FirstOrDefault()))
            .ToListAsync(ct);

        var enrolled = (await db.ProgrammeEnrolments.AsNoTracking()
                .Where(e => e.SchoolYearId == year.Id && e.LeftAt == null)
                .Select(e => new { e.StudentId, e.Week }).ToListAsync(ct))
            .ToLookup(e => e.StudentId, e => e.Week);

        var groups = await db.ProgrammeGroups.AsNoTracking().Where(g => g.SchoolYearId == year.Id)
            .Select(g => new
            {
                g.Id, g.Name, g.InWeek1, g.InWeek2,
                Members = g.Members.Select(m => new { m.StudentId, m.Student!.LastName, m.Student.FirstName, m.Student.SchoolClass!.Code }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var sheetGroups = groups
            .Select(g => new SheetGroup(g.Id, g.Name, g.InWeek1, g.InWeek2, g.Members
                .Select(m => new SheetPupil(m.StudentId, m.LastName, m.FirstName, m.Code, enrolled[m.StudentId].Contains(1), enrolled[m.StudentId].Contains(2)))
                .Where(p => (g.InWeek1 && p.Week1) || (g.InWeek2 && p.Week2))
                .OrderBy(p => p.LastName, NameOrder).ThenBy(p => p.FirstName, NameOrder).ToList()))
            .Where(g => week is null || g.IsIn(week.Value))
            .OrderBy(g => g.Name, NameOrder).ToList();

        var slots = (await db.ProgrammeSlots.AsNoTracking().Where(s => s.SchoolYearId == year.Id)
                .Select(s => new
                {
                    s.ProgrammeGroupId, s.Date, s.Afternoon, Activity = s.Activity!.Name, s.Activity.IsOuting, s.RoomId, Room = s.Room!.Name,
                    s.SupervisorId, s.Supervisor!.StaffMemberId, s.Supervisor.StaffMember!.FirstName, s.Supervisor.StaffMember.LastName,
                })
                .ToListAsync(ct))
            .Select(s => new SheetSlot(s.ProgrammeGroupId, s.Date, s.Afternoon, ProgrammeCalendar.WeekOf(year, s.Date) ?? 0, s.Activity, s.IsOuting,
                s.RoomId, s.Room, s.SupervisorId, PersonName.FirstLast(s.FirstName, s.LastName), s.StaffMemberId))
            .Where(s => s.Week != 0 && (week is null || s.Week == week))
            .OrderBy(s => s.Date).ThenBy(s => s.Afternoon).ToList();

        var supervisors = slots.GroupBy(s => s.SupervisorId).Select(g => new SheetOption(g.Key, g.First().Supervisor))
            .OrderBy(s => s.Name, NameOrder).ToList();
        var rooms = slots.Where(s => s.RoomId is not null && !s.IsOuting).GroupBy(s => s.RoomId!.Value).Select(g => new SheetOption(g.Key, g.First().Room ?? ""))
            .OrderBy(r => r.Name, NameOrder).ToList();
        return new ProgrammeSheets(new SheetSchool(school.Name, school.Uai, school.Phone, school.Email, cpes), year, week, sheetGroups, slots, supervisors, rooms);
    }
}
