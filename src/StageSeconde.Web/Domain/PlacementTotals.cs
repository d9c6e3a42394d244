namespace StageSeconde.Web.Domain;

/// <summary>
/// The placement figures of a group of present students (a class, a school, the académie): how many have a solution
/// (<see cref="PlacementRules.HasSolution"/>; STHR students count as exempted), how many have week 1 and week 2 covered by
/// conventions not cancelled, how many have the whole period covered by signed conventions, how many follow the
/// in-school programme for at least one week.
/// </summary>
public sealed record PlacementTotals(int Students, int WithSolution, int Week1Covered, int Week2Covered, int Signed, int InSchoolProgramme)
{
    public static readonly PlacementTotals None = new(0, 0, 0, 0, 0, 0);

    /// <summary>Students still needing action (sans solution, en recherche, partiellement couvert).</summary>
    public int WithoutSolution => Students - WithSolution;

    /// <summary>These figures with one more student.</summary>
    public PlacementTotals With(Situation situation, WeekSituation week1, WeekSituation week2) => new(
        Students + 1,
        WithSolution + (situation.HasSolution() ? 1 : 0),
        Week1Covered + (week1.IsConvention() ? 1 : 0),
        Week2Covered + (week2.IsConvention() ? 1 : 0),
        Signed + (situation == Situation.AgreementSigned ? 1 : 0),
        InSchoolProgramme + (week1 == WeekSituation.InSchoolProgramme || week2 == WeekSituation.InSchoolProgramme ? 1 : 0));

    public static PlacementTotals Of(IEnumerable<(Situation Situation, WeekSituation Week1, WeekSituation Week2)> students) =>
        students.Aggregate(None, (totals, p) => totals.With(p.Situation, p.Week1, p.Week2));

    /// <summary>The sum of two groups' figures.</summary>
    public PlacementTotals Plus(PlacementTotals other) => new(
        Students + other.Students, WithSolution + other.WithSolution, Week1Covered + other.Week1Covered,
        Week2Covered + other.Week2Covered, Signed + other.Signed, InSchoolProgramme + other.InSchoolProgramme);
}
