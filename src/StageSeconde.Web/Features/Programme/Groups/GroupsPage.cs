using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Features.Programme.Groups;

public sealed record GroupMemberRow(int StudentId, string Name, string ClassName, IReadOnlySet<int> Weeks);

public sealed record GroupRow(int Id, string Name, bool InWeek1, bool InWeek2, bool IsKept, IReadOnlyList<GroupMemberRow> Members)
{
    public IEnumerable<int> Weeks => new[] { 1, 2 }.Where(w => w == 1 ? InWeek1 : InWeek2);
}

/// <summary>
/// The largest a group may be: the smallest of the largest room's capacity and of the activities' maximum group size (a
/// group must fit at least one room, and every activity of the catalogue); null when rooms or activities are missing.
/// </summary>
public sealed record GroupSizeLimit(int? MaxSize, string? LargestRoom, int? LargestRoomCapacity, string? SmallestActivity, int? SmallestActivityMax)
{
    public static async Task<GroupSizeLimit> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var room = await db.ProgrammeRooms.AsNoTracking().Where(r => !r.IsArchived)
            .OrderByDescending(r => r.Capacity).ThenBy(r => r.Id).Select(r => new { r.Name, r.Capacity }).FirstOrDefaultAsync(ct);
        var activity = await db.ProgrammeActivities.AsNoTracking().Where(a => !a.IsArchived)
            .OrderBy(a => a.MaxGroupSize).ThenBy(a => a.Id).Select(a => new { a.Name, a.MaxGroupSize }).FirstOrDefaultAsync(ct);
        int? max = room is null || activity is null ? null : Math.Min(room.Capacity, activity.MaxGroupSize);
        return new GroupSizeLimit(max, room?.Name, room?.Capacity, activity?.Name, activity?.MaxGroupSize);
    }
}

/// <summary>The groups of the current year with their pupils, the pupils of the programme in no group, and the size limit.</summary>
public sealed record GroupsPage(IReadOnlyList<GroupRow> Groups, IReadOnlyList<GroupMemberRow> Ungrouped, GroupSizeLimit Limit, int Pupils)
{
    public static async Task<GroupsPage> LoadAsync(AppDbContext db, SchoolYear year, CancellationToken ct)
    {
        var enrolled = await ProgrammePupils.ActiveWeeksAsync(db, year.Id, ct);
        var kept = await KeptGroupIdsAsync(db, year.Id, ct);
        var groups = await db.ProgrammeGroups.AsNoTracking().Where(g => g.SchoolYearId == year.Id)
            .OrderBy(g => g.Name).Select(g => new { g.Id, g.Name, g.InWeek1, g.InWeek2, Members = g.Members.Select(m => m.StudentId).ToList() })
            .ToListAsync(ct);
        var ids = enrolled.Keys.Concat(groups.SelectMany(g => g.Members)).Distinct().ToList();
        var people = await db.Students.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.LastName, s.FirstName, Class = s.SchoolClass!.Code })
            .ToDictionaryAsync(s => s.Id, ct);

        GroupMemberRow Row(int id, IReadOnlySet<int> weeks) =>
            new(id, PersonName.LastFirst(people[id].LastName, people[id].FirstName), people[id].Class, weeks);
        var rows = groups.Select(g => new GroupRow(g.Id, g.Name, g.InWeek1, g.InWeek2, kept.Contains(g.Id),
                g.Members.Where(people.ContainsKey)
                    .Select(id => Row(id, ProgrammePupils.WeeksInGroup(g.InWeek1, g.InWeek2, enrolled.GetValueOrDefault(id))))
                    .OrderBy(m => m.ClassName, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal).ToList()))
            .OrderBy(g => g.Name.Length).ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        var ungrouped = enrolled
            .Select(e => (Id: e.Key, Weeks: e.Value.Where(w => !groups.Any(g => g.Members.Contains(e.Key) && (w == 1 ? g.InWeek1 : g.InWeek2))).ToHashSet()))
            .Where(e => e.Weeks.Count > 0)
            .Select(e => Row(e.Id, e.Weeks))
            .OrderBy(m => m.ClassName, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
        return new GroupsPage(rows, ungrouped, await GroupSizeLimit.LoadAsync(db, ct), enrolled.Count);
    }

    /// <summary>Groups « Former les groupes » keeps: those with a locked slot of the timetable or attendance already taken.</summary>
    public static async Task<HashSet<int>> KeptGroupIdsAsync(AppDbContext db, int yearId, CancellationToken ct) =>
        (await db.ProgrammeSlots.Where(s => s.SchoolYearId == yearId && s.IsLocked).Select(s => s.ProgrammeGroupId)
            .Union(db.ProgrammeAttendances.Where(a => a.SchoolYearId == yearId).Select(a => a.ProgrammeGroupId))
            .ToListAsync(ct)).ToHashSet();
}
