using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Domain.Programme;

namespace StageSeconde.Web.Features.Programme;

/// <summary>
/// Who is in the in-school programme, named once for the pupils, groups and timetable pages: a pupil is in a group for a
/// week when they are a member of the group, the group meets that week, and their enrolment for that week is active.
/// </summary>
public static class ProgrammePupils
{
    /// <summary>The active enrolments of the year: student id → weeks (1, 2).</summary>
    public static async Task<Dictionary<int, HashSet<int>>> ActiveWeeksAsync(AppDbContext db, int yearId, CancellationToken ct) =>
        (await db.ProgrammeEnrolments.AsNoTracking()
            .Where(e => e.SchoolYearId == yearId && e.LeftAt == null)
            .Select(e => new { e.StudentId, e.Week })
            .ToListAsync(ct))
        .GroupBy(e => e.StudentId)
        .ToDictionary(g => g.Key, g => g.Select(e => e.Week).ToHashSet());

    /// <summary>The weeks a group's member is there: the group's weeks they are still enrolled for.</summary>
    public static IReadOnlySet<int> WeeksInGroup(bool inWeek1, bool inWeek2, IReadOnlySet<int>? enrolled) =>
        new[] { 1, 2 }.Where(w => (w == 1 ? inWeek1 : inWeek2) && enrolled is not null && enrolled.Contains(w)).ToHashSet();

    /// <summary>
    /// After a pupil left the programme for some weeks: they leave every group of the year in which they have no week left.
    /// </summary>
    public static async Task LeaveEmptiedGroupsAsync(AppDbContext db, int yearId, IReadOnlyCollection<int> studentIds, CancellationToken ct)
    {
        if (studentIds.Count == 0) return;
        var stillIn = db.ChangeTracker.Entries<ProgrammeEnrolment>().Select(e => e.Entity)
            .Concat(await db.ProgrammeEnrolments.Where(e => e.SchoolYearId == yearId && studentIds.Contains(e.StudentId)).ToListAsync(ct))
            .Distinct()
            .Where(e => e.SchoolYearId == yearId && e.IsActive)
            .GroupBy(e => e.StudentId).ToDictionary(g => g.Key, g => g.Select(e => e.Week).ToHashSet());
        var groups = await db.ProgrammeGroups.Include(g => g.Members)
            .Where(g => g.SchoolYearId == yearId && g.Members.Any(m => studentIds.Contains(m.StudentId)))
            .ToListAsync(ct);
        foreach (var group in groups)
            foreach (var studentId in studentIds)
                if (WeeksInGroup(group.InWeek1, group.InWeek2, stillIn.GetValueOrDefault(studentId)).Count == 0)
                    group.Remove(studentId);
    }

    /// <summary>« semaine 1 », « semaines 1 et 2 ».</summary>
    public static string WeeksLabel(IEnumerable<int> weeks)
    {
        var list = weeks.Order().ToList();
        return list.Count switch
        {
            0 => "aucune semaine",
            1 => $"semaine {list[0]}",
            _ => "semaines " + string.Join(" et ", list),
        };
    }
}
