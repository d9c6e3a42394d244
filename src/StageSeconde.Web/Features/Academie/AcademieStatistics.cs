using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Academie;

/// <summary>A lycée's line: counts only, never a person.</summary>
public sealed record SchoolAggregate(string Uai, string Name, string City, PlacementTotals Totals, int SignedAgreements);

public sealed record AcademieModel(IReadOnlyList<SchoolAggregate> Schools)
{
    public PlacementTotals Totals => Schools.Aggregate(PlacementTotals.None, (sum, s) => new PlacementTotals(
        sum.Pupils + s.Totals.Pupils, sum.WithSolution + s.Totals.WithSolution, sum.Week1Covered + s.Totals.Week1Covered,
        sum.Week2Covered + s.Totals.Week2Covered, sum.Signed + s.Totals.Signed, sum.InSchoolProgramme + s.Totals.InSchoolProgramme));

    public int SignedAgreements => Schools.Sum(s => s.SignedAgreements);
}

/// <summary>
/// The académie's statistics: per lycée, its present pupils, how many have a solution, its signed conventions of the
/// current school year and its pupils in the in-school programme. The school filter is lifted on purpose (the académie
/// has no school) and only counts leave this class.
/// <para>
/// Every pupil's situation is derived by the domain's own rules (<see cref="PlacementRules"/>, as <see cref="PupilSituations"/>
/// does for one school), from three narrow queries over the whole académie — pupils with their school, conventions not
/// cancelled, declarations — then counted per lycée in memory. Narrow on purpose: the rules look only at periods, hosts,
/// states and declarations, and with 42 000 pupils and 35 000 conventions reading just those columns (no dates to parse,
/// the school read with the pupil) made the page about 1.5 times faster than <see cref="PupilSituations.LoadAsync"/> plus
/// a query of the pupils' schools (docs/performance.md). A functional test checks both give the same figures.
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

        var present = db.Students.IgnoreQueryFilters().Where(s => s.LeftOn == null);
        var presentIds = present.Select(s => s.Id);
        var pupils = await present.AsNoTracking().Select(s => new { s.Id, s.SchoolId, s.IsSthr }).ToListAsync(ct);
        var agreements = (await db.Agreements.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.State != AgreementState.Cancelled && presentIds.Contains(a.StudentId))
                .Select(a => new { a.StudentId, a.Id, a.HostOrganisationId, a.Period, a.State })
                .ToListAsync(ct))
            .ToLookup(a => a.StudentId, a => new AgreementSlot(a.Id, a.HostOrganisationId, a.Period, default, default, a.State));
        var declarations = (await db.PlacementDeclarations.IgnoreQueryFilters().AsNoTracking()
                .Where(d => presentIds.Contains(d.StudentId))
                .Select(d => new { d.StudentId, d.Kind, d.DeclaredAt })
                .ToListAsync(ct))
            .ToLookup(d => d.StudentId, d => new PlacementRules.DeclarationFact(d.Kind, d.DeclaredAt));

        var totalsBySchool = new Dictionary<int, PlacementTotals>();
        foreach (var pupil in pupils)
        {
            var slots = agreements[pupil.Id].ToList();
            var situation = PlacementRules.Derive(pupil.IsSthr, slots, declarations[pupil.Id]);
            var (week1, week2) = PlacementRules.WeeksCovered(slots);
            totalsBySchool[pupil.SchoolId] = totalsBySchool.GetValueOrDefault(pupil.SchoolId, PlacementTotals.None).With(situation, week1, week2);
        }

        var signedBySchool = await db.Agreements.IgnoreQueryFilters().AsNoTracking()
            .Where(a => (a.State == AgreementState.Signed || a.State == AgreementState.Completed) && a.SchoolYear!.IsCurrent)
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
