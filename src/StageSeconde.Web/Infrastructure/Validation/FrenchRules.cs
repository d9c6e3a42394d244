using FluentValidation;
using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Infrastructure.Validation;

/// <summary>FluentValidation rules for French identifiers, with the French messages shown next to the field.</summary>
public static class FrenchRules
{
    public static IRuleBuilderOptions<T, string?> Siret<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(FrenchIdentifiers.IsValidSiret).WithMessage("Le SIRET doit comporter 14 chiffres valides (vérifiez-le sur l'avis de situation SIRENE).");

    public static IRuleBuilderOptions<T, string?> Uai<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(FrenchIdentifiers.IsValidUai).WithMessage("L'UAI doit comporter 7 chiffres suivis de sa lettre clé (par exemple 0930122C).");

    /// <summary>An INE when given (it may be missing for a newly arrived student).</summary>
    public static IRuleBuilderOptions<T, string?> Ine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || FrenchIdentifiers.IsValidIne(v))
            .WithMessage("L'INE comporte 11 caractères : 10 chiffres et une lettre, 9 chiffres et deux lettres, ou 4 chiffres, la lettre A, 5 chiffres et une lettre.");

    /// <summary>A French phone number when given.</summary>
    public static IRuleBuilderOptions<T, string?> FrenchPhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || FrenchIdentifiers.IsValidPhone(v))
            .WithMessage("Numéro de téléphone invalide : 10 chiffres commençant par 0 (ou +33).");

    /// <summary>An e-mail address when given.</summary>
    public static IRuleBuilderOptions<T, string?> Email<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || FrenchIdentifiers.IsValidEmail(v))
            .WithMessage("Adresse électronique invalide (exemple : prenom.nom@exemple.fr).");

    /// <summary>A postal code when given.</summary>
    public static IRuleBuilderOptions<T, string?> PostalCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || FrenchIdentifiers.IsValidPostalCode(v))
            .WithMessage("Le code postal comporte 5 chiffres.");

    /// <summary>A required text field, with its French label.</summary>
    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, string label) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage($"{label} : ce champ est obligatoire.");

    public static IRuleBuilderOptions<T, string?> MaxChars<T>(this IRuleBuilder<T, string?> rule, int max) =>
        rule.Must(v => v is null || v.Length <= max).WithMessage($"{max} caractères au maximum.");

    /// <summary>
    /// A birth date plausible for a student of 2nde: between 13 and 20 years old on 1 September of the current school year.
    /// </summary>
    public static IRuleBuilderOptions<T, DateOnly?> PlausibleSecondeBirthDate<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Must(d => d is null || IsPlausibleSecondeBirthDate(d.Value, clock.TodayInParis()))
            .WithMessage("Date de naissance peu plausible pour un élève de seconde (entre 13 et 20 ans à la rentrée).");

    public static bool IsPlausibleSecondeBirthDate(DateOnly birthDate, DateOnly today)
    {
        var schoolYearStart = today.Month >= 9 ? new DateOnly(today.Year, 9, 1) : new DateOnly(today.Year - 1, 9, 1);
        var youngest = schoolYearStart.AddYears(-13);
        var oldest = schoolYearStart.AddYears(-21).AddDays(1);
        return birthDate <= youngest && birthDate >= oldest;
    }
}
