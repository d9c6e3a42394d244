using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Features.Programme.Groups;

/// <summary>What « Former les groupes » did: null <see cref="MaxSize"/> when rooms or activities are missing (nothing done).</summary>
public sealed record GroupFormationResult(int? MaxSize, int Built, int Kept);

/// <summary>
/// « Former les groupes »: replaces the groups that are not kept (a locked slot or attendance taken keeps a group), with
/// their timetable, by groups <see cref="GroupBuilder"/> builds from the programme's pupils not already in a kept group
/// for their weeks, within <see cref="GroupSizeLimit"/>. Saves.
/// </summary>
public static class GroupFormation
{
    public static async Task<GroupFormationResult> FormAsync(AppDbContext db, int schoolId, SchoolYear year, CancellationToken ct)
    {
        var limit = await GroupSizeLimit.LoadAsync(db, ct);
        if (limit.MaxSize is not { } maxSize) return new GroupFormationResult(null, 0, 0);

        var kept = await GroupsPage.KeptGroupIdsAsync(db, year.Id, ct);
        var groups = await db.ProgrammeGroups.Include(g => g.Members).Where(g => g.SchoolYearId == year.Id).ToListAsync(ct);
        var replaced = groups.Where(g => !kept.Contains(g.Id)).ToList();
        var replacedIds = replaced.Select(g => g.Id).ToList();
        db.ProgrammeSlots.RemoveRange(await db.ProgrammeSlots.Where(s => replacedIds.Contains(s.ProgrammeGroupId)).ToListAsync(ct));
        db.ProgrammeGroups.RemoveRange(replaced);

        var keptGroups = groups.Where(g => kept.Contains(g.Id)).ToList();
        var enrolled = await ProgrammePupils.ActiveWeeksAsync(db, year.Id, ct);
        var ids = enrolled.Keys.ToList();
        var classes = await db.Students.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.SchoolClassId, Class = s.SchoolClass!.Code }).ToDictionaryAsync(s => s.Id, ct);
        var pupils = enrolled
            .Where(e => classes.ContainsKey(e.Key))
            .Select(e => new ProgrammePupil(e.Key, classes[e.Key].SchoolClassId, classes[e.Key].Class,
                e.Value.Where(w => !keptGroups.Any(g => g.IsIn(w) && g.Members.Any(m => m.StudentId == e.Key))).ToHashSet()))
            .Where(p => p.Weeks.Count > 0)
            .ToList();

        var used = keptGroups.Select(g => g.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var number = 0;
        var built = GroupBuilder.Build(pupils, maxSize);
        foreach (var proposed in built)
        {
            string name;
            do name = $"Groupe {++number}"; while (!used.Add(name));
            var group = new ProgrammeGroup(schoolId, year.Id, name, proposed.Weeks.Contains(1), proposed.Weeks.Contains(2));
            foreach (var studentId in proposed.StudentIds) group.Add(studentId);
            db.ProgrammeGroups.Add(group);
        }
        await db.SaveChangesAsync(ct);
        return new GroupFormationResult(maxSize, built.Count, keptGroups.Count);
    }
}
