using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Data;

/// <summary>A student's derived situation and what it rests on.</summary>
public sealed record StudentSituation(int StudentId, int SchoolId, Situation Situation, bool Week1Covered, bool Week2Covered, DateTime? LastChange);

/// <summary>
/// Derives the situation of many students at once, with two queries whatever their number (conventions, declarations),
/// through <see cref="PlacementRules"/>. The one place boards, dashboards, exports and statistics get situations from.
/// </summary>
public static class StudentSituations
{
    /// <summary>
    /// The situations of the students <paramref name="students"/> selects (a query, not a list: it is used as a sub-query
    /// of the conventions and declarations queries). EF Core applies <c>IgnoreQueryFilters</c> to a whole query: a
    /// <paramref name="students"/> query that lifts the school filter (académie aggregates only) lifts it for their
    /// conventions and declarations too; a filtered one keeps everything in the current school.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, StudentSituation>> LoadAsync(AppDbContext db, IQueryable<Student> students, CancellationToken ct)
    {
        var ids = students.Select(s => s.Id);

        var rows = await students.AsNoTracking().Select(s => new { s.Id, s.IsSthr, s.SchoolId }).ToListAsync(ct);
        // Only the current school year counts: a student repeating 2nde keeps last year's conventions and declarations.
        // The schools are those of students the caller may already see.
        var schoolIds = rows.Select(p => p.SchoolId).Distinct().ToList();
        var years = (await db.SchoolYears.IgnoreQueryFilters().AsNoTracking().Current()
                .Where(y => schoolIds.Contains(y.SchoolId))
                .Select(y => new { y.Id, y.SchoolId, y.StartYear })
                .ToListAsync(ct))
            .GroupBy(y => y.SchoolId).ToDictionary(g => g.Key, g => g.OrderByDescending(y => y.StartYear).First());
        var yearIds = years.Values.Select(y => y.Id).ToList();

        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => ids.Contains(a.StudentId) && yearIds.Contains(a.SchoolYearId))
            .Select(a => new { a.StudentId, Slot = new AgreementSlot(a.Id, a.HostOrganisationId, a.Period, a.FirstDay, a.LastDay, a.State), a.UpdatedAt })
            .ToListAsync(ct);
        var schoolOf = rows.ToDictionary(p => p.Id, p => p.SchoolId);
        var declarations = (await db.PlacementDeclarations.AsNoTracking()
                .Where(d => ids.Contains(d.StudentId))
                .Select(d => new { d.StudentId, d.Kind, d.DeclaredAt })
                .ToListAsync(ct))
            .Where(d => schoolOf.TryGetValue(d.StudentId, out var school) && years.TryGetValue(school, out var year)
                        && d.DeclaredAt >= DeclarationsFrom(year.StartYear))
            .ToList();

        var agreementsByStudent = agreements.ToLookup(a => a.StudentId);
        var declarationsByStudent = declarations.ToLookup(d => d.StudentId);
        var result = new Dictionary<int, StudentSituation>(rows.Count);
        foreach (var student in rows)
        {
            var slots = agreementsByStudent[student.Id].Select(a => a.Slot).ToList();
            var facts = declarationsByStudent[student.Id].Select(d => new PlacementRules.DeclarationFact(d.Kind, d.DeclaredAt)).ToList();
            var (week1, week2) = PlacementRules.WeeksCovered(slots);
            DateTime? lastChange = agreementsByStudent[student.Id].Select(a => (DateTime?)a.UpdatedAt)
                .Concat(declarationsByStudent[student.Id].Select(d => (DateTime?)d.DeclaredAt)).Max();
            result[student.Id] = new StudentSituation(student.Id, student.SchoolId, PlacementRules.Derive(student.IsSthr, slots, facts), week1, week2, lastChange);
        }
        return result;
    }

    /// <summary>Declarations count for a school year from the summer before it (once the previous period is over).</summary>
    private static DateTime DeclarationsFrom(int startYear) => new(startYear, 7, 1, 0, 0, 0, DateTimeKind.Utc);
}
