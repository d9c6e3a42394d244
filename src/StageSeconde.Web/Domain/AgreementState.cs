namespace StageSeconde.Web.Domain;

/// <summary>Where a convention stands in its lifecycle (docs/reference-produit.md §4). Stored as an int: keep the values.</summary>
public enum AgreementState
{
    /// <summary>Brouillon: being written, may be incomplete.</summary>
    Draft = 0,
    /// <summary>Soumise: complete and within the legal limits, waiting for the chef d'établissement.</summary>
    Submitted = 10,
    /// <summary>Validée by the Direction.</summary>
    Validated = 20,
    /// <summary>Refusée, with a reason; goes back to <see cref="Draft"/> when corrected.</summary>
    Refused = 30,
    /// <summary>En signature: signatures being collected.</summary>
    InSignature = 40,
    /// <summary>Signée by every required party.</summary>
    Signed = 50,
    /// <summary>Terminée: the sequence is over.</summary>
    Completed = 60,
    /// <summary>Annulée, with a reason.</summary>
    Cancelled = 90,
}
