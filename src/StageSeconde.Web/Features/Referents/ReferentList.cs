using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Referents;

public sealed record ClassOption(int Id, string Code);

public sealed record ReferentListModel(
    IReadOnlyList<ClassOption> Classes, int? ClassId, bool UnassignedOnly, PageOf<PlacedStudentRow> Rows,
    int Placed, int Unassigned, IReadOnlyList<ReferentCandidate> Teachers, IReadOnlyDictionary<int, string> StaffNames)
{
    public string NameOf(int? staffId) => staffId is { } id && StaffNames.TryGetValue(id, out var name) ? name : "";
}

public static class ReferentList
{
    public static async Task<ReferentListModel> LoadAsync(AppDbContext db, int? classId, bool unassignedOnly, int page, CancellationToken ct)
    {
        var classes = await db.Classes.AsNoTracking().Where(c => !c.IsArchived).OrderBy(c => c.Code.Length).ThenBy(c => c.Code)
            .Select(c => new ClassOption(c.Id, c.Code)).ToListAsync(ct);
        var students = await PlacedStudents.LoadAsync(db, ct, classId);
        var unassigned = students.Where(p => p.CurrentTeacherId is null || p.MixedReferents).ToList();
        var shown = unassignedOnly ? unassigned : students;

        var pageSize = PageOf<PlacedStudentRow>.DefaultPageSize;
        var pages = Math.Max(1, (shown.Count + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = new PageOf<PlacedStudentRow>(shown.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, shown.Count);

        var teachers = await ReferentCandidates.LoadAsync(db, ct);
        var names = await StaffNamesAsync(db, rows.Items.SelectMany(p => p.Agreements).Select(a => a.ReferentTeacherId), ct);
        return new ReferentListModel(classes, classId, unassignedOnly, rows, students.Count, unassigned.Count, teachers, names);
    }

    /// <summary>The names of the staff members <paramref name="ids"/> names (referents may have been archived since).</summary>
    public static async Task<IReadOnlyDictionary<int, string>> StaffNamesAsync(AppDbContext db, IEnumerable<int?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<int>().Distinct().ToList();
        var staff = await db.Staff.AsNoTracking().Where(s => wanted.Contains(s.Id))
            .Select(s => new { s.Id, s.FirstName, s.LastName }).ToListAsync(ct);
        return staff.ToDictionary(s => s.Id, s => Domain.PersonName.FirstLast(s.FirstName, s.LastName));
    }
}
