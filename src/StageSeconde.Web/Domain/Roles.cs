namespace StageSeconde.Web.Domain;

/// <summary>The Identity roles (docs/reference-produit.md §1) and their French titles.</summary>
public static class Roles
{
    public const string Direction = nameof(Direction);
    public const string ProfesseurPrincipal = nameof(ProfesseurPrincipal);
    public const string Enseignant = nameof(Enseignant);
    public const string Cpe = nameof(Cpe);
    public const string Secretariat = nameof(Secretariat);
    public const string Administrateur = nameof(Administrateur);
    public const string Academie = nameof(Academie);

    public static readonly IReadOnlyList<string> All =
        [Direction, ProfesseurPrincipal, Enseignant, Cpe, Secretariat, Administrateur, Academie];

    /// <summary>Roles held by staff of a school (all but the académie's).</summary>
    public static readonly IReadOnlyList<string> School =
        [Direction, ProfesseurPrincipal, Enseignant, Cpe, Secretariat, Administrateur];

    public static string Title(string role) => role switch
    {
        Direction => "Direction",
        ProfesseurPrincipal => "Professeur principal",
        Enseignant => "Professeur référent",
        Cpe => "CPE",
        Secretariat => "Secrétariat",
        Administrateur => "Administrateur",
        Academie => "Académie",
        _ => role,
    };
}
