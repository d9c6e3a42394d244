using FluentValidation;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Validation;
using StageSeconde.Web.Infrastructure.Web;

namespace StageSeconde.Web.Features.Hosts;

/// <summary>The create/edit form of a host organisation.</summary>
public sealed class HostForm : IVersionedForm
{
    public int Version { get; set; }
    /// <summary>The creation form's request id (ADR 0009): the same form sent twice creates one record.</summary>
    public Guid? RequestId { get; set; }
    public string? Name { get; set; }
    public HostKind? Kind { get; set; }
    public string? Siret { get; set; }
    public string? AddressLine { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? RepresentativeName { get; set; }
    public string? RepresentativeFunction { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Insurer { get; set; }
    public string? InsurancePolicyNumber { get; set; }
    public string? ActivitySector { get; set; }

    public static HostForm From(HostOrganisation h) => new()
    {
        Version = h.Version, Name = h.Name, Kind = h.Kind, Siret = h.Siret, AddressLine = h.AddressLine, PostalCode = h.PostalCode,
        City = h.City, RepresentativeName = h.RepresentativeName, RepresentativeFunction = h.RepresentativeFunction,
        Email = h.Email, Phone = FrenchIdentifiers.FormatPhone(h.Phone), Insurer = h.Insurer, InsurancePolicyNumber = h.InsurancePolicyNumber,
        ActivitySector = h.ActivitySector,
    };

    /// <summary>The validated form as the host's details (the entity normalises them).</summary>
    public HostDetails ToDetails() => new(Name, Kind!.Value, Siret, AddressLine, PostalCode, City, RepresentativeName, RepresentativeFunction,
        Email, Phone, Insurer, InsurancePolicyNumber);

    public HostOrganisation ToHost()
    {
        var host = new HostOrganisation(ToDetails());
        host.SetActivitySector(ActivitySector);
        host.RecordCreationRequest(RequestId);
        return host;
    }

    public void ApplyTo(HostOrganisation h)
    {
        h.UpdateDetails(ToDetails());
        h.SetActivitySector(ActivitySector);
    }
}

public sealed class HostFormValidator : AbstractValidator<HostForm>
{
    public HostFormValidator()
    {
        RuleFor(f => f.Name).Required("Nom de la structure").MaxChars(200);
        RuleFor(f => f.Kind).NotNull().WithMessage("Type de structure : choisissez une valeur.").IsInEnum().WithMessage("Type de structure inconnu.");
        RuleFor(f => f.Siret).Required("SIRET").DependentRules(() => RuleFor(f => f.Siret).Siret());
        RuleFor(f => f.AddressLine).Required("Adresse du siège").MaxChars(300);
        RuleFor(f => f.PostalCode).Required("Code postal").DependentRules(() => RuleFor(f => f.PostalCode).PostalCode());
        RuleFor(f => f.City).Required("Commune").MaxChars(100);
        RuleFor(f => f.RepresentativeName).Required("Nom du représentant").MaxChars(200);
        RuleFor(f => f.RepresentativeFunction).Required("Fonction du représentant").MaxChars(200);
        RuleFor(f => f.Email).Email().MaxChars(200);
        RuleFor(f => f.Phone).FrenchPhone();
        RuleFor(f => f.Insurer).MaxChars(200);
        RuleFor(f => f.InsurancePolicyNumber).MaxChars(100);
        RuleFor(f => f.ActivitySector).MaxChars(HostOrganisation.ActivitySectorMaxLength);
    }
}
