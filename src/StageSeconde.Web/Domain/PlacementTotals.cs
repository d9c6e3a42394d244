namespace StageSeconde.Web.Domain;

/// <summary>
/// The placement figures of a group of present students (a class, a school, the académie): how many have a solution
/// (<see cref="PlacementRules.HasSolution"/>; STHR students count as exempted), how many have week 1 and week 2 covered by
/// conventions not cancelled, how many have the whole period covered by signed conventions, how many follow the
/// in-school programme.
/// </summary>
public sealed record PlacementTotals(int Students, int WithSolution, int Week1Covered, int Week2Covered, int Signed, int InSchoolProgramme)
{
    public static readonly PlacementTotals None = new(0, 0, 0, 0, 0, 0);

    /// <summary>Students still needing action (sans solution, en recherche, partiellement couvert).</summary>
    public int WithoutSolution => Students - WithSolution;

    /// <summary>These figures with one more student.</summary>
    public PlacementTotals With(Situation situation, bool week1Covered, bool week2Covered) => new(
        Students + 1,
        WithSolution + (situation.HasSolution() ? 1 : 0),
        Week1Covered + (week1Covered ? 1 : 0),
        Week2Covered + (week2Covered ? 1 : 0),
        Signed + (situation == Situation.AgreementSigned ? 1 : 0),
        InSchoolProgramme + (situation == Situation.InSchoolProgramme ? 1 : 0));

    public static PlacementTotals Of(IEnumerable<(Situation Situation, bool Week1Covered, bool Week2Covered)> students) =>
        students.Aggregate(None, (totals, p) => totals.With(p.Situation, p.Week1Covered, p.Week2Covered));
}
