using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Academie;

/// <summary>A lycée's line: counts only, never a person.</summary>
public sealed record SchoolAggregate(string Uai, string Name, string City, PlacementTotals Totals, int SignedAgreements);

public sealed record AcademieModel(IReadOnlyList<SchoolAggregate> Schools)
{
    /// <summary>The académie these lycées belong to.</summary>
    public string Academy { get; init; } = "";

    public PlacementTotals Totals => Schools.Aggregate(PlacementTotals.None, (sum, s) => sum.Plus(s.Totals));

    public int SignedAgreements => Schools.Sum(s => s.SignedAgreements);

    // The figures as shown, under statistical secrecy (SmallCells): per lycée, then the totals.
    public static string Students(SchoolAggregate s) => SmallCells.Count(s.Totals.Students);
    public static string WithSolution(SchoolAggregate s) => SmallCells.Part(s.Totals.WithSolution, s.Totals.Students);
    public static string Rate(SchoolAggregate s) => SmallCells.Rate(s.Totals.WithSolution, s.Totals.Students);
    public static string Signed(SchoolAggregate s) => SmallCells.Count(s.SignedAgreements);
    public static string Programme(SchoolAggregate s) => SmallCells.Count(s.Totals.InSchoolProgramme);

    public string TotalStudents => Total(Schools.Select(s => s.Totals.Students), SmallCells.Count(Totals.Students));
    public string TotalWithSolution => HiddenWithSolution ? SmallCells.Hidden : SmallCells.Part(Totals.WithSolution, Totals.Students);
    public string TotalRate => HiddenWithSolution ? SmallCells.Hidden : SmallCells.Rate(Totals.WithSolution, Totals.Students);
    public string TotalSigned => Total(Schools.Select(s => s.SignedAgreements), SmallCells.Count(SignedAgreements));
    public string TotalProgramme => Total(Schools.Select(s => s.Totals.InSchoolProgramme), SmallCells.Count(Totals.InSchoolProgramme));

    private bool HiddenWithSolution => SmallCells.TotalGivesAway(Schools
        .Where(s => SmallCells.IsSuppressed(s.Totals.WithSolution, s.Totals.Students))
        .Select(s => SmallCells.Secret(s.Totals.WithSolution, s.Totals.Students)).ToList());

    private static string Total(IEnumerable<int> cells, string shown) =>
        SmallCells.TotalGivesAway(cells.Where(SmallCells.IsSmall).ToList()) ? SmallCells.Hidden : shown;
}

/// <summary>
/// The académie's statistics: per lycée, its present students, how many have a solution, its signed conventions of the
/// current school year and its students in the in-school programme, for the lycées of one académie only. The school filter
/// is lifted on purpose (the académie has no school) and only counts leave this class.
/// <para>
/// The page reads each lycée's figures kept up to date by <see cref="SchoolFiguresStore"/> (recomputed for one school after
/// every change that touches a situation there, from <see cref="StudentSituations"/>, the one place situations are derived;
/// docs/decisions/0018-chiffres-de-l-academie.md). <see cref="DeriveAsync"/> still derives every pupil's situation of the
/// académie on the spot: the reference the stored figures are checked against.
/// </para>
/// </summary>
public static class AcademieStatistics
{
    /// <summary>The figures of the lycées of <paramref name="academy"/> (compared exactly with <see cref="School.Academy"/>, trimmed).</summary>
    public static async Task<AcademieModel> LoadAsync(AppDbContext db, string academy, CancellationToken ct, TimeProvider? clock = null)
    {
        academy = academy.Trim();
        var schools = await SchoolsAsync(db, academy, ct);
        var figures = await SchoolFiguresStore.ReadAllAsync(db, schools.Select(s => s.Id).ToList(),
            (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime, ct);
        return new AcademieModel(schools
            .Select(s => new SchoolAggregate(s.Uai, s.Name, s.City, figures[s.Id].Totals, figures[s.Id].SignedAgreements))
            .ToList()) { Academy = academy };
    }

    /// <summary>The same figures derived on the spot from every pupil's situation of the académie (the reference, for tests and checks).</summary>
    public static async Task<AcademieModel> DeriveAsync(AppDbContext db, string academy, CancellationToken ct)
    {
        academy = academy.Trim();
        var schools = await SchoolsAsync(db, academy, ct);
        var ids = schools.Select(s => s.Id).ToList();

        // Aggregates across schools: the school filter is lifted on purpose, and only counts leave this method.
        var present = db.Students.IgnoreQueryFilters().Present().Where(s => ids.Contains(s.SchoolId));
        var situations = await StudentSituations.LoadAsync(db, present, ct);
        var totalsBySchool = new Dictionary<int, PlacementTotals>();
        foreach (var student in situations.Values)
        {
            totalsBySchool[student.SchoolId] = totalsBySchool.GetValueOrDefault(student.SchoolId, PlacementTotals.None)
                .With(student.Situation, student.Week1, student.Week2);
        }

        var signedBySchool = await db.Agreements.IgnoreQueryFilters().AsNoTracking().InCurrentYear()
            .Where(a => a.State == AgreementState.Signed || a.State == AgreementState.Completed)
            .Where(a => ids.Contains(a.SchoolId))
            .GroupBy(a => a.SchoolId)
            .Select(g => new { SchoolId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SchoolId, g => g.Count, ct);

        return new AcademieModel(schools
            .Select(s => new SchoolAggregate(s.Uai, s.Name, s.City,
                totalsBySchool.GetValueOrDefault(s.Id) ?? PlacementTotals.None,
                signedBySchool.GetValueOrDefault(s.Id)))
            .ToList()) { Academy = academy };
    }

    private sealed record SchoolLine(int Id, string Uai, string Name, string City);

    private static Task<List<SchoolLine>> SchoolsAsync(AppDbContext db, string academy, CancellationToken ct) =>
        db.Schools.AsNoTracking()
            .Where(s => s.Academy == academy)
            .OrderBy(s => s.City).ThenBy(s => s.Name)
            .Select(s => new SchoolLine(s.Id, s.Uai, s.Name, s.City))
            .ToListAsync(ct);
}
