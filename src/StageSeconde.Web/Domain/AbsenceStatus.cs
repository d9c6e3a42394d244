namespace StageSeconde.Web.Domain;

/// <summary>Where an absence stands in the CPE's work, derived from what has been recorded on it.</summary>
public enum AbsenceStatus
{
    /// <summary>Reported, nobody has taken it in hand yet: the alert is waiting.</summary>
    New = 1,
    Acknowledged = 2,
    FamilyInformed = 3,
    /// <summary>The CPE has decided whether it is justified (either way).</summary>
    Settled = 4,
}
