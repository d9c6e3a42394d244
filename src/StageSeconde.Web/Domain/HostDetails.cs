namespace StageSeconde.Web.Domain;

/// <summary>What a host organisation's form or import line gives about it (see <see cref="HostOrganisation.UpdateDetails"/>).</summary>
public sealed record HostDetails(
    string? Name, HostKind Kind, string? Siret, string? AddressLine, string? PostalCode, string? City,
    string? RepresentativeName, string? RepresentativeFunction, string? Email, string? Phone, string? Insurer, string? InsurancePolicyNumber);
