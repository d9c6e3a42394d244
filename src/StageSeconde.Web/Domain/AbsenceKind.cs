namespace StageSeconde.Web.Domain;

/// <summary>What is reported about a student during the sequence (docs/reference-produit.md §5).</summary>
public enum AbsenceKind
{
    /// <summary>Absent for a whole day or a half-day.</summary>
    Absence = 1,
    /// <summary>Arrived late (at <see cref="Absence.Time"/>).</summary>
    LateArrival = 2,
    /// <summary>Left early (at <see cref="Absence.Time"/>).</summary>
    EarlyDeparture = 3,
    /// <summary>Ill: absent or sent home.</summary>
    Illness = 4,
    /// <summary>An accident at the host or on the way (at <see cref="Absence.Time"/>, with what happened): the Direction is alerted at once.</summary>
    Accident = 5,
    /// <summary>Any other event the lycée must know of (behaviour, conflict, safety).</summary>
    Incident = 6,
}
