namespace StageSeconde.Web.Domain;

/// <summary>
/// A lycée's current placement figures, kept for the académie's page (docs/decisions/0018-chiffres-de-l-academie.md): what
/// <see cref="PlacementTotals"/> counts over its present students, and its signed conventions of the current school year.
/// Never written by hand: <c>SchoolFiguresStore</c> recomputes the row from <c>StudentSituations</c> after every save that
/// changes a situation in the school, and <see cref="IsStale"/> (written in the same save as the change) says the row has not
/// caught up yet. Counts only, never a person.
/// </summary>
public class SchoolFigures
{
    public const int ComputedByMaxLength = 64;

    private SchoolFigures() { }

    /// <summary>A row for a school whose figures are still to be computed.</summary>
    public static SchoolFigures Pending(int schoolId) => new() { SchoolId = schoolId, IsStale = true, Stamp = Guid.NewGuid() };

    /// <summary>The row of a school being created (its id is not known before the save).</summary>
    public static SchoolFigures Pending(School school) => new() { School = school, IsStale = true, Stamp = Guid.NewGuid() };

    public int SchoolId { get; private set; }
    public School? School { get; private set; }

    public int Students { get; private set; }
    public int WithSolution { get; private set; }
    public int Week1Covered { get; private set; }
    public int Week2Covered { get; private set; }
    public int Signed { get; private set; }
    public int InSchoolProgramme { get; private set; }
    /// <summary>Conventions of the current school year signed or completed (pupils who left included).</summary>
    public int SignedAgreements { get; private set; }

    /// <summary>
    /// True from the save of a change in the school until the figures are recomputed after it: a reader recomputes a stale row
    /// instead of showing it.
    /// </summary>
    public bool IsStale { get; private set; }

    /// <summary>A new value at each change in the school: a recomputation only lands if no other change came in meanwhile.</summary>
    public Guid Stamp { get; private set; }

    /// <summary>The build of the application that computed the figures: another build may derive situations differently.</summary>
    public string ComputedBy { get; private set; } = "";

    /// <summary>When the figures were last computed (UTC).</summary>
    public DateTime? ComputedAt { get; private set; }

    public PlacementTotals Totals => new(Students, WithSolution, Week1Covered, Week2Covered, Signed, InSchoolProgramme);

    /// <summary>Marks the row stale with a new stamp (in the save that changes the school); returns the stamp.</summary>
    public Guid MarkStale()
    {
        IsStale = true;
        Stamp = Guid.NewGuid();
        return Stamp;
    }

    /// <summary>A computed row (not stored as such: the store writes these values with a conditional update).</summary>
    public static SchoolFigures Computed(int schoolId, PlacementTotals totals, int signedAgreements, Guid stamp, string computedBy, DateTime at) => new()
    {
        SchoolId = schoolId,
        Students = totals.Students,
        WithSolution = totals.WithSolution,
        Week1Covered = totals.Week1Covered,
        Week2Covered = totals.Week2Covered,
        Signed = totals.Signed,
        InSchoolProgramme = totals.InSchoolProgramme,
        SignedAgreements = signedAgreements,
        IsStale = false,
        Stamp = stamp,
        ComputedBy = computedBy,
        ComputedAt = at,
    };
}
