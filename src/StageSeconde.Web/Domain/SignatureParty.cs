namespace StageSeconde.Web.Domain;

/// <summary>Who signs a convention. Stored as an int: keep the values.</summary>
public enum SignatureParty
{
    /// <summary>Le chef d'établissement.</summary>
    SchoolHead = 1,
    /// <summary>Le représentant de la structure d'accueil.</summary>
    HostRepresentative = 2,
    /// <summary>L'élève.</summary>
    Student = 3,
    /// <summary>Un responsable légal (at least one must sign).</summary>
    Guardian = 4,
}
