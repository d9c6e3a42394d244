using FluentValidation;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.UserAccounts;

/// <summary>The roles of an account (checkboxes), to create it or to change them.</summary>
public sealed class AccountRolesForm
{
    /// <summary>The account's concurrency stamp when the form was shown (empty for a new account).</summary>
    public string? Stamp { get; set; }
    public List<string> Roles { get; set; } = [];

    /// <summary>What each school role allows, shown under its checkbox (docs/reference-produit.md §1).</summary>
    public static string Description(string role) => role switch
    {
        Domain.Roles.Direction => "Valide ou refuse les conventions, signe pour le lycée, suit le taux de placement.",
        Domain.Roles.ProfesseurPrincipal => "Suit la situation de chaque élève de ses classes et note ce que les élèves rapportent.",
        Domain.Roles.Enseignant => "Suit les élèves qui lui sont confiés pendant les deux semaines (appels, visites, absences).",
        Domain.Roles.Cpe => "Reçoit les alertes d'absence et informe les familles.",
        Domain.Roles.Secretariat => "Saisit et corrige les données, imprime et classe les conventions.",
        Domain.Roles.Administrateur => "Gère les comptes, les rôles, les paramètres de l'établissement et l'année scolaire.",
        _ => "",
    };
}

public sealed class AccountRolesFormValidator : AbstractValidator<AccountRolesForm>
{
    public AccountRolesFormValidator()
    {
        RuleFor(f => f.Roles)
            .Must(r => r.Count > 0).WithMessage("Cochez au moins un rôle.")
            .Must(r => r.All(Roles.School.Contains)).WithMessage("Un des rôles cochés n'existe pas dans un établissement.");
    }
}
