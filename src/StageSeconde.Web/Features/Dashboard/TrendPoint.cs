namespace StageSeconde.Web.Features.Dashboard;

/// <summary>One daily snapshot as the chart reads it.</summary>
public sealed record TrendPoint(DateOnly Day, int PresentStudents, int WithSolution, int Week1Covered, int Week2Covered, int Signed)
{
    /// <summary>The exact share of present students, 0–100 (0 when nobody is present).</summary>
    public double Share(int count) => PresentStudents <= 0 ? 0 : 100.0 * count / PresentStudents;
}
