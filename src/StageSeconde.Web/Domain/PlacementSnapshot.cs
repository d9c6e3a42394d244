namespace StageSeconde.Web.Domain;

/// <summary>
/// A school's placement figures on one day (Paris time), recorded once a day so that the Direction's dashboard can draw
/// the trend over the weeks before the period. One per school and day (unique index): recording twice is harmless.
/// </summary>
public class PlacementSnapshot : SchoolEntity
{
    private PlacementSnapshot() { }

    public DateOnly Day { get; private set; }
    /// <summary>Students present in the school that day (not left).</summary>
    public int PresentStudents { get; private set; }
    /// <summary>Students with a solution (convention signée or in progress covering the period, SNU, mobility, exemption, in-school programme).</summary>
    public int WithSolution { get; private set; }
    public int Week1Covered { get; private set; }
    public int Week2Covered { get; private set; }
    /// <summary>Students whose whole period is covered by signed conventions.</summary>
    public int Signed { get; private set; }

    public static PlacementSnapshot Take(int schoolId, DateOnly day, PlacementTotals totals)
    {
        if (schoolId <= 0) throw new ArgumentOutOfRangeException(nameof(schoolId), schoolId, "A snapshot belongs to a school.");
        return new PlacementSnapshot
        {
            SchoolId = schoolId,
            Day = day,
            PresentStudents = totals.Students,
            WithSolution = totals.WithSolution,
            Week1Covered = totals.Week1Covered,
            Week2Covered = totals.Week2Covered,
            Signed = totals.Signed,
        };
    }
}
