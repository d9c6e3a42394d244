using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Validation;

namespace StageSeconde.Web.Features.School;

/// <summary>The school's settings: what the conventions print about the lycée and its head.</summary>
public sealed class SchoolForm
{
    public int Version { get; set; }
    public string? Name { get; set; }
    public string? Uai { get; set; }
    public SchoolSector? Sector { get; set; }
    public string? Academy { get; set; }
    public string? AddressLine { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? HeadName { get; set; }
    public string? HeadEmail { get; set; }
    public string? HeadPhone { get; set; }

    public static SchoolForm From(Domain.School s) => new()
    {
        Version = s.Version, Name = s.Name, Uai = s.Uai, Sector = s.Sector, Academy = s.Academy,
        AddressLine = s.AddressLine, PostalCode = s.PostalCode, City = s.City,
        Phone = FrenchIdentifiers.FormatPhone(s.Phone), Email = s.Email,
        HeadName = s.HeadName, HeadEmail = s.HeadEmail, HeadPhone = FrenchIdentifiers.FormatPhone(s.HeadPhone),
    };

    /// <summary>The UAI as stored: trimmed, key letter in upper case.</summary>
    public string NormalizedUai => (Uai ?? "").Trim().ToUpperInvariant();

    /// <summary>Copies the validated form onto the entity, normalised (upper-case UAI, national phone form).</summary>
    public void ApplyTo(Domain.School s)
    {
        s.Name = Name!.Trim();
        s.Uai = NormalizedUai;
        s.Sector = Sector!.Value;
        s.Academy = Academy!.Trim();
        s.AddressLine = AddressLine!.Trim();
        s.PostalCode = PostalCode!.Trim();
        s.City = City!.Trim();
        s.Phone = FrenchIdentifiers.NormalizePhone(Phone);
        s.Email = Blank(Email);
        s.HeadName = HeadName!.Trim();
        s.HeadEmail = HeadEmail!.Trim();
        s.HeadPhone = FrenchIdentifiers.NormalizePhone(HeadPhone);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public sealed class SchoolFormValidator : AbstractValidator<SchoolForm>
{
    public SchoolFormValidator()
    {
        RuleFor(f => f.Name).Required("Nom de l'établissement").MaxChars(200);
        RuleFor(f => f.Uai).Required("UAI").DependentRules(() => RuleFor(f => f.Uai).Uai());
        RuleFor(f => f.Sector).NotNull().WithMessage("Secteur : choisissez une valeur.").IsInEnum().WithMessage("Secteur inconnu.");
        RuleFor(f => f.Academy).Required("Académie").MaxChars(100);
        RuleFor(f => f.AddressLine).Required("Adresse").MaxChars(200);
        RuleFor(f => f.PostalCode).Required("Code postal").DependentRules(() => RuleFor(f => f.PostalCode).PostalCode());
        RuleFor(f => f.City).Required("Commune").MaxChars(100);
        RuleFor(f => f.Phone).FrenchPhone();
        RuleFor(f => f.Email).Email().MaxChars(200);
        RuleFor(f => f.HeadName).Required("Nom du chef d'établissement").MaxChars(200);
        // The convention gives the head's e-mail and phone (DESIGN.md §4): both are required.
        RuleFor(f => f.HeadEmail).Required("Adresse électronique du chef d'établissement").DependentRules(() => RuleFor(f => f.HeadEmail).Email().MaxChars(200));
        RuleFor(f => f.HeadPhone).Required("Téléphone du chef d'établissement").DependentRules(() => RuleFor(f => f.HeadPhone).FrenchPhone());
    }
}
