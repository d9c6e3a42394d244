using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Academie;

/// <summary>A lycée's line: counts only, never a person.</summary>
public sealed record SchoolAggregate(string Uai, string Name, string City, PlacementTotals Totals, int SignedAgreements);

public sealed record AcademieModel(IReadOnlyList<SchoolAggregate> Schools)
{
    public PlacementTotals Totals => Schools.Aggregate(PlacementTotals.None, (sum, s) => new PlacementTotals(
        sum.Students + s.Totals.Students, sum.WithSolution + s.Totals.WithSolution, sum.Week1Covered + s.Totals.Week1Covered,
        sum.Week2Covered + s.Totals.Week2Covered, sum.Signed + s.Totals.Signed, sum.InSchoolProgramme + s.Totals.InSchoolProgramme));

    public int SignedAgreements => Schools.Sum(s => s.SignedAgreements);
}

/// <summary>
/// The académie's statistics: per lycée, its present students, how many have a solution, its signed conventions of the
/// current school year and its students in the in-school programme. The school filter is lifted on purpose (the académie
/// has no school) and only counts leave this class.
/// <para>
/// Every student's situation comes from <see cref="StudentSituations"/>, the one place situations are derived (current school
/// year only), over the whole académie; then it is counted per lycée in memory.
/// </para>
/// </summary>
public static class AcademieStatistics
{
    public static async Task<AcademieModel> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var schools = await db.Schools.AsNoTracking()
            .OrderBy(s => s.City).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Uai, s.Name, s.City })
            .ToListAsync(ct);

        // Aggregates across schools: the school filter is lifted on purpose, and only counts leave this method.
        var present = db.Students.IgnoreQueryFilters().Present();
        var situations = await StudentSituations.LoadAsync(db, present, ct);
        var totalsBySchool = new Dictionary<int, PlacementTotals>();
        foreach (var student in situations.Values)
        {
            totalsBySchool[student.SchoolId] = totalsBySchool.GetValueOrDefault(student.SchoolId, PlacementTotals.None)
                .With(student.Situation, student.Week1Covered, student.Week2Covered);
        }

        var signedBySchool = await db.Agreements.IgnoreQueryFilters().AsNoTracking().InCurrentYear()
            .Where(a => a.State == AgreementState.Signed || a.State == AgreementState.Completed)
            .GroupBy(a => a.SchoolId)
            .Select(g => new { SchoolId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SchoolId, g => g.Count, ct);

        return new AcademieModel(schools
            .Select(s => new SchoolAggregate(s.Uai, s.Name, s.City,
                totalsBySchool.GetValueOrDefault(s.Id) ?? PlacementTotals.None,
                signedBySchool.GetValueOrDefault(s.Id)))
            .ToList());
    }
}
