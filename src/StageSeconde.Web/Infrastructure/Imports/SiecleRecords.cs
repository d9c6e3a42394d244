namespace StageSeconde.Web.Infrastructure.Imports;

/// <summary>The <c>PARAMETRES</c> of a SIECLE export.</summary>
public sealed record SiecleParameters(string? Uaj, string? SchoolYear, string? ExportDate);

/// <summary>An <c>ADRESSE</c> of a SIECLE export (with-addresses variants).</summary>
public sealed record SiecleAddress(
    string Id, string? Line1, string? Line2, string? Line3, string? Line4, string? PostalCode, string? City, string? CountryCode, string? CountryName);

/// <summary>
/// An <c>ELEVE</c> of <c>ElevesSansAdresses.xml</c> / <c>ElevesAvecAdresses.xml</c>, as written (trimmed, null when absent or empty),
/// with its division (<c>STRUCTURE</c> of type <c>D</c>) joined from <c>STRUCTURES</c>.
/// </summary>
public sealed record SiecleStudent(
    int Line,
    string? EleveId,
    string? Ine,
    string? LastName,
    string? UsageName,
    string? FirstName,
    string? FirstName2,
    string? BirthDate,
    string? Sex,
    string? MefCode,
    string? LeftOn,
    string? MobilePhone,
    string? Email,
    string? AddressId,
    string? Division);

/// <summary>The pupils' export: parameters, pupils (left ones included), addresses when the variant has them.</summary>
public sealed record SiecleStudentsExport(SiecleParameters Parameters, IReadOnlyList<SiecleStudent> Students, IReadOnlyDictionary<string, SiecleAddress> Addresses, bool HasAddresses);

/// <summary>A <c>PERSONNE</c> of <c>ResponsablesAvecAdresses.xml</c>.</summary>
public sealed record SiecleGuardianPerson(
    int Line,
    string PersonneId,
    string? Civility,
    string? LastName,
    string? UsageName,
    string? FirstName,
    string? HomePhone,
    string? MobilePhone,
    string? WorkPhone,
    string? Email,
    string? AddressId);

/// <summary>
/// A <c>RESPONSABLE_ELEVE</c>: the link between a pupil and a person, with <c>CODE_PARENTE</c> and either
/// <c>NIVEAU_RESPONSABILITE</c> (current exports) or <c>RESP_LEGAL</c> (older ones).
/// </summary>
public sealed record SiecleGuardianLink(int Line, string? EleveId, string? PersonneId, string? RelationshipCode, string? ResponsibilityLevel, string? LegalResponsible);

public sealed record SiecleGuardiansExport(
    SiecleParameters Parameters,
    IReadOnlyDictionary<string, SiecleGuardianPerson> Persons,
    IReadOnlyList<SiecleGuardianLink> Links,
    IReadOnlyDictionary<string, SiecleAddress> Addresses);
