namespace StageSeconde.Web.Infrastructure.Imports;

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
