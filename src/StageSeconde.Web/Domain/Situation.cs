namespace StageSeconde.Web.Domain;

/// <summary>A student's situation for the observation period (docs/reference-produit.md §3), derived by <see cref="PlacementRules"/>.</summary>
public enum Situation
{
    /// <summary>Sans solution: nothing recorded yet.</summary>
    NoSolution = 0,
    /// <summary>En recherche: the student is searching (dated notes).</summary>
    Searching = 1,
    /// <summary>Partiellement couvert: one week with nothing, the other covered — needs action.</summary>
    PartiallyCovered = 2,
    /// <summary>Convention en cours: a convention not yet signed, the other week covered.</summary>
    AgreementInProgress = 3,
    /// <summary>Convention signée: the whole period covered by signed conventions.</summary>
    AgreementSigned = 4,
    /// <summary>SNU (séjour de cohésion or mission d'intérêt général).</summary>
    Snu = 5,
    /// <summary>Mobilité européenne ou internationale (≥ 2 weeks).</summary>
    Mobility = 6,
    /// <summary>Dispensé: STHR student, or a documented exemption.</summary>
    Exempted = 7,
    /// <summary>Programme au lycée: no host, the in-school discovery programme.</summary>
    InSchoolProgramme = 8,
    /// <summary>Couvert (solutions combinées): both weeks covered by different solutions (e.g. a signed convention in week 1
    /// and the in-school programme in week 2). A solution.</summary>
    Combined = 9,
}
