using FluentValidation;
using Microsoft.EntityFrameworkCore;
using StageSeconde.Web.Data;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Security;
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
        s.Name = Normalized.Name(Name);
        s.Uai = NormalizedUai;
        s.Sector = Sector!.Value;
        s.Academy = Normalized.Name(Academy);
        s.AddressLine = Normalized.Name(AddressLine);
        s.PostalCode = Normalized.Name(PostalCode);
        s.City = Normalized.Name(City);
        s.Phone = Normalized.Phone(Phone);
        s.Email = Normalized.Email(Email);
        s.HeadName = Normalized.Name(HeadName);
        s.HeadEmail = Normalized.Email(HeadEmail);
        s.HeadPhone = Normalized.Phone(HeadPhone);
    }
}

/// <summary>The form's rules, then the UAI's uniqueness across the schools of the application (other than the user's own).</summary>
public sealed class SchoolFormValidator : AbstractValidator<SchoolForm>
{
    public SchoolFormValidator(AppDbContext db, ICurrentUser currentUser)
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
        // The convention gives the head's e-mail and phone (docs/reference-produit.md §4): both are required.
        RuleFor(f => f.HeadEmail).Required("Adresse électronique du chef d'établissement").DependentRules(() => RuleFor(f => f.HeadEmail).Email().MaxChars(200));
        RuleFor(f => f.HeadPhone).Required("Téléphone du chef d'établissement").DependentRules(() => RuleFor(f => f.HeadPhone).FrenchPhone());
        RuleFor(f => f.Uai)
            .MustAsync(async (form, _, ct) => !await db.Schools.AnyAsync(s => s.Uai == form.NormalizedUai && s.Id != currentUser.SchoolId, ct))
            .WithMessage("Cet UAI est déjà celui d'un autre établissement inscrit à StageSeconde.")
            .When(f => FrenchIdentifiers.IsValidUai(f.Uai));
    }
}
