namespace StageSeconde.Web.Domain;

/// <summary>What a professeur principal, the Direction or the secrétariat declares about a student besides conventions.</summary>
public enum DeclarationKind
{
    /// <summary>En recherche, with a dated note (also: back to searching after an alternative).</summary>
    Searching = 1,
    Snu = 2,
    Mobility = 3,
    Exempted = 4,
    InSchoolProgramme = 5,
}
