using StageSeconde.Web.Domain;

namespace StageSeconde.Web.Features.Imports;

/// <summary>A host organisation of the CSV file (its lines merged by SIRET), with its tutors. Values left null never erase what is stored.</summary>
public sealed record HostRecord(
    string Where, string Siret, string? Name, HostKind? Kind, string? AddressLine, string? PostalCode, string? City,
    string? RepresentativeName, string? RepresentativeFunction, string? Email, string? Phone, string? Insurer, string? InsurancePolicyNumber,
    IReadOnlyList<TutorRecord> Tutors);
