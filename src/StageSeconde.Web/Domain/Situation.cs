namespace StageSeconde.Web.Domain;

/// <summary>A student's situation for the observation period (docs/reference-produit.md §3), derived by <see cref="PlacementRules"/>.</summary>
public enum Situation
{
    /// <summary>Sans solution: nothing recorded yet.</summary>
    NoSolution = 0,
    /// <summary>En recherche: the student is searching (dated notes).</summary>
    Searching = 1,
    /// <summary>Partiellement couvert: one week only — needs action.</summary>
    PartiallyCovered = 2,
    /// <summary>Convention en cours: at least one convention, the period not yet covered by signed ones.</summary>
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
}
