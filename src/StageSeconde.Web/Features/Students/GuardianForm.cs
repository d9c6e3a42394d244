using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Validation;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Students;

/// <summary>The create/edit form of a student's guardian.</summary>
public sealed class GuardianForm : IVersionedForm
{
    public int Version { get; set; }
    public string? LastName { get; set; }
    public string? FirstName { get; set; }
    public GuardianRelationship? Relationship { get; set; }
    public bool IsLegalGuardian { get; set; } = true;
    public string? Email { get; set; }
    public string? MobilePhone { get; set; }
    public string? HomePhone { get; set; }
    public string? AddressLine { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    /// <summary>The creation form's request id (ADR 0009): the same form sent twice creates one record.</summary>
    public Guid? RequestId { get; set; }

    public static GuardianForm From(Guardian g) => new()
    {
        Version = g.Version, LastName = g.LastName, FirstName = g.FirstName, Relationship = g.Relationship, IsLegalGuardian = g.IsLegalGuardian,
        Email = g.Email, MobilePhone = Phone(g.MobilePhone), HomePhone = Phone(g.HomePhone),
        AddressLine = g.AddressLine, PostalCode = g.PostalCode, City = g.City,
    };

    /// <summary>Copies the validated form onto the entity, normalised (national phone form, blanks as null).</summary>
    public void ApplyTo(Guardian g)
    {
        g.LastName = Normalized.Name(LastName);
        g.FirstName = Normalized.Name(FirstName);
        g.Relationship = Relationship!.Value;
        g.IsLegalGuardian = IsLegalGuardian;
        g.Email = Normalized.Email(Email);
        g.MobilePhone = Normalized.Phone(MobilePhone);
        g.HomePhone = Normalized.Phone(HomePhone);
        g.AddressLine = Normalized.Text(AddressLine);
        g.PostalCode = Normalized.Text(PostalCode);
        g.City = Normalized.Text(City);
    }

    private static string? Phone(string? value) => value is null ? null : FrenchIdentifiers.FormatPhone(value);
}

public sealed class GuardianFormValidator : AbstractValidator<GuardianForm>
{
    public GuardianFormValidator()
    {
        RuleFor(f => f.LastName).Required("Nom").MaxChars(100);
        RuleFor(f => f.FirstName).Required("Prénom").MaxChars(100);
        RuleFor(f => f.Relationship).NotNull().WithMessage("Lien avec l'élève : choisissez une valeur.")
            .IsInEnum().WithMessage("Lien avec l'élève inconnu.");
        RuleFor(f => f.Email).Email().MaxChars(200);
        RuleFor(f => f.MobilePhone).FrenchPhone();
        RuleFor(f => f.HomePhone).FrenchPhone();
        RuleFor(f => f.AddressLine).MaxChars(300);
        RuleFor(f => f.PostalCode).PostalCode();
        RuleFor(f => f.City).MaxChars(100);
        RuleFor(f => f)
            .Must(f => !string.IsNullOrWhiteSpace(f.Email) || !string.IsNullOrWhiteSpace(f.MobilePhone) || !string.IsNullOrWhiteSpace(f.HomePhone))
            .WithName(nameof(GuardianForm.Email)).OverridePropertyName(nameof(GuardianForm.Email))
            .WithMessage("Le responsable doit être joignable : indiquez au moins une adresse électronique ou un numéro de téléphone.");
    }
}
